// Vite: the React app in src/, reading only the generated JSON in public/data/.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type HtmlTagDescriptor, type Plugin } from 'vite';

/**
 * The built page's Content-Security-Policy: code, data and fonts from this site only, no eval, no inline scripts.
 * Inline styles stay allowed (ECharts and React set style attributes); images may be data:/blob: (exports).
 * Only in the build: the dev server injects inline scripts for hot reload. No frame-ancestors: a <meta> policy
 * cannot set it, and the chart page's embed mode (embed=1) is meant to be framed by other sites (see README).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' }],
  };
}

/**
 * ECharts' chunks, asked for by the page itself beside its code (main.tsx imports them at start; without this they
 * are requested only once the main chunk has run). index.html preloads data/index.json the same way. Locality and
 * metric files are not preloaded: which ones a view reads depends on the link (a ranking reads no locality file).
 * The links are marked data-chunk="echarts" so that the benchmark counts ECharts apart from the code that runs first.
 */
function preloadECharts(): Plugin {
  return {
    name: 'preload-echarts',
    apply: 'build',
    transformIndexHtml: (_html, context) => {
      const chunks = Object.values(context.bundle ?? {});
      const echarts = chunks.find((chunk) => chunk.type === 'chunk' && chunk.facadeModuleId?.endsWith('/echarts-setup.ts'));
      // Its own chunks only: not the entry (which the page loads anyway) nor what the entry imports.
      const entry = context.chunk;
      const code = echarts?.type === 'chunk' ? [echarts.fileName, ...echarts.imports.filter((file) => file !== entry?.fileName && !entry?.imports.includes(file))] : [];
      return code.map((file): HtmlTagDescriptor => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: '', href: `./${file}`, 'data-chunk': 'echarts' }, injectTo: 'head' }));
    },
  };
}

/**
 * V8's explicit compile hint (Chrome 136+; other browsers ignore the comment): the code that runs at start (the
 * entry chunk, what it imports, and ECharts' chunks) is compiled whole on a background thread while it streams in,
 * instead of function by function on the main thread the first time each is called. It took the main thread's
 * compiling during a load from about 95 ms to 20 ms at full speed (the first chart's creation was the longest task).
 * V8 reads the comment only on a file's first line, and Vite writes its preload helper in front of the entry's code
 * last, so the comment goes into the written files. The chunk's role decides it, not its content, so the hashed
 * file names still name what is in them.
 */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';

function compileHints(): Plugin {
  return {
    name: 'compile-hints',
    apply: 'build',
    writeBundle(options, bundle) {
      const chunks = Object.values(bundle).filter((file) => file.type === 'chunk');
      const roots = chunks.filter((chunk) => chunk.isEntry || chunk.facadeModuleId?.endsWith('/echarts-setup.ts'));
      for (const file of new Set(roots.flatMap((chunk) => [chunk.fileName, ...chunk.imports]))) {
        const path = join(options.dir ?? 'dist', file);
        const code = readFileSync(path, 'utf8');
        if (!code.startsWith(COMPILE_HINT)) writeFileSync(path, COMPILE_HINT + code);
      }
    },
  };
}

export default defineConfig({
  base: './',
  plugins: [react(), contentSecurityPolicy(), preloadECharts(), compileHints()],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  build: { target: 'es2022', chunkSizeWarningLimit: 1200 },
});
