// Work that must not pile into one long task (creating a page of charts, updating them after a click): one job per
// task, first come first served. A job that throws does not stop the ones after it.
/** Jobs waiting for their turn. */
const jobs: Array<() => void> = [];
let running = false;

/**
 * Runs `job` in its turn. `later`: never in the caller's task, not even when nothing waits (an update asked for
 * by a view's effects, which a click may be waiting behind); else the first job runs at once (a first chart, drawn
 * as soon as its code is in).
 */
export function createInTurn(job: () => void, { later = false }: { later?: boolean } = {}): void {
  if (running || later) {
    jobs.push(job);
    if (!running) {
      running = true;
      setTimeout(runNext, 0);
    }
    return;
  }
  running = true;
  try {
    job();
  } finally {
    setTimeout(runNext, 0);
  }
}

function runNext(): void {
  const next = jobs.shift();
  if (!next) {
    running = false;
    return;
  }
  try {
    next();
  } finally {
    setTimeout(runNext, 0);
  }
}
