// Entry: mounts the app and starts following the back and forward buttons.
// oxlint-disable-next-line import/no-unassigned-import
import '@/data/zod-without-eval';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '@/app/app';
import { listenToAppLinks, listenToHistory } from '@/state/view-store';

listenToHistory();
listenToAppLinks();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
