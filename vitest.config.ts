// Unit tests: beside the code as *.test.ts(x), in src/ and pipeline/; tests/real-data runs the app's pure code on the pipeline's output.
import { fileURLToPath, URL } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'pipeline/**/*.test.ts', 'bench/**/*.test.ts', 'tests/real-data/**/*.test.ts'],
    environment: 'node',
    // A budget, not a timing assertion: some tests run the pipeline in a child process, which takes seconds when
    // a shared 2-core machine is busy.
    testTimeout: 30_000,
  },
});
