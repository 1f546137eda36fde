// Serves the built app once for all e2e files; each file launches its own Chromium against it.
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { serveDirectory } from './static-server';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!existsSync('dist/index.html') || !existsSync('dist/data/index.json')) {
    throw new Error('dist/ is missing or has no data: run `npm run build` before `npm run test:e2e`.');
  }
  const server = await serveDirectory('dist');
  project.provide('baseUrl', server.url);
  return server.close;
}
