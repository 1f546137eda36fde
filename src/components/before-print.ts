// Work that must be done before the page is printed (a print is a snapshot of the page as it is then): every
// chart drawn, including those never scrolled near, and brought up to date.
const hooks = new Set<() => void>();
let listening = false;

/** Runs `hook` on every `beforeprint`, until the returned function is called. */
export function beforePrint(hook: () => void): () => void {
  if (!listening && typeof window !== 'undefined') {
    window.addEventListener('beforeprint', () => {
      for (const run of hooks) run();
    });
    listening = true;
  }
  hooks.add(hook);
  return () => {
    hooks.delete(hook);
  };
}
