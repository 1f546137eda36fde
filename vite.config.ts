// Vite: the React app in src/, reading only the generated JSON in public/data/.
import { readFileSync } from 'node:fs';
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
 * What the first view needs, asked for by the page itself beside the code (not after the code has run): the
 * index, the files of the default localities (what a link without `loc` shows) and, in the build, ECharts' chunks
 * (main.tsx imports them at start). The pipeline has written public/data before Vite runs (`npm run build`,
 * `npm start`).
 */
function preloadFirstView(): Plugin {
  return {
    name: 'preload-first-view',
    transformIndexHtml: (_html, context) => {
      const indexFile = fileURLToPath(new URL(`./public/data/${DATA_FILES.index}`, import.meta.url));
      let defaults: string[];
      try {
        defaults = (JSON.parse(readFileSync(indexFile, 'utf8')) as { defaultLocalityIds: string[] }).defaultLocalityIds;
      } catch (error) {
        throw new Error(`${indexFile}: cannot read the default localities to preload (run \`npm run data\` first): ${String(error)}`);
      }
      const files = [DATA_FILES.index, ...defaults.map((id) => DATA_FILES.locality(id))];
      const data = files.map(
        (file): HtmlTagDescriptor => ({ tag: 'link', attrs: { rel: 'preload', as: 'fetch', crossorigin: 'anonymous', href: `./data/${file}` }, injectTo: 'head' }),
      );
      const chunks = Object.values(context.bundle ?? {});
      const echarts = chunks.find((chunk) => chunk.type === 'chunk' && chunk.facadeModuleId?.endsWith('/echarts-setup.ts'));
      const code = echarts?.type === 'chunk' ? [echarts.fileName, ...echarts.imports.filter((file) => !context.chunk?.imports.includes(file))] : [];
      return [...data, ...code.map((file): HtmlTagDescriptor => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: '', href: `./${file}`, 'data-chunk': 'echarts' }, injectTo: 'head' }))];
    },
  };
}

export default defineConfig({
  base: './',
  plugins: [react(), contentSecurityPolicy(), preloadFirstView()],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  build: { target: 'es2022', chunkSizeWarningLimit: 1200 },
});
