// Entry: mounts the app and starts following the back and forward buttons.
// oxlint-disable-next-line import/no-unassigned-import
import '@/data/zod-without-eval';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '@/app/app';
import { requestFirstView } from '@/app/first-view';
import { loadECharts } from '@/components/echart';
import { listenToAppLinks, listenToHistory } from '@/state/view-store';

// ECharts is a chunk of its own: ask for it now, beside the data, rather than when the first chart mounts.
void loadECharts().catch(() => {}); // a failure is shown by the chart that needs it
// The index (preloaded by index.html) and then the first view's files: asked for now, not after the first render.
void requestFirstView().catch(() => {}); // a failure is shown by the app (its own request shares this one)
listenToHistory();
listenToAppLinks();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
