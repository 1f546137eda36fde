// Work that must not pile into one long task (creating a page of charts): one job per task, first come first
// served, the first at once. A job that throws does not stop the ones after it.
/** Jobs waiting for their turn. */
const creations: Array<() => void> = [];
let creating = false;

export function createInTurn(create: () => void): void {
  if (creating) {
    creations.push(create);
    return;
  }
  creating = true;
  try {
    create();
  } finally {
    setTimeout(createNext, 0);
  }
}

function createNext(): void {
  const next = creations.shift();
  if (!next) {
    creating = false;
    return;
  }
  try {
    next();
  } finally {
    setTimeout(createNext, 0);
  }
}
