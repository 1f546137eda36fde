// Vite: the React app in src/, reading only the generated JSON in public/data/.
import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type HtmlTagDescriptor, type Plugin } from 'vite';
import { DATA_FILES } from './src/schema/dataset';

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
 * What every first view needs, asked for by the page itself beside the code (not after the code has run): the
 * index and, in the build, ECharts' chunks (main.tsx imports them at start). Locality and metric files are not
 * preloaded: which ones a view reads depends on the link (a ranking reads one metric file and no locality file).
 */
function preloadFirstView(): Plugin {
  return {
    name: 'preload-first-view',
    transformIndexHtml: (_html, context) => {
      const index: HtmlTagDescriptor = { tag: 'link', attrs: { rel: 'preload', as: 'fetch', crossorigin: 'anonymous', href: `./data/${DATA_FILES.index}` }, injectTo: 'head' };
      const chunks = Object.values(context.bundle ?? {});
      const echarts = chunks.find((chunk) => chunk.type === 'chunk' && chunk.facadeModuleId?.endsWith('/echarts-setup.ts'));
      const code = echarts?.type === 'chunk' ? [echarts.fileName, ...echarts.imports.filter((file) => !context.chunk?.imports.includes(file))] : [];
      return [index, ...code.map((file): HtmlTagDescriptor => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: '', href: `./${file}`, 'data-chunk': 'echarts' }, injectTo: 'head' }))];
    },
  };
}

export default defineConfig({
  base: './',
  plugins: [react(), contentSecurityPolicy(), preloadFirstView()],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  build: { target: 'es2022', chunkSizeWarningLimit: 1200 },
});
