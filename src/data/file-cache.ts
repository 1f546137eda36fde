// A cache of data files by id: one request per file however often it is asked for, a few requests at a time,
// and a failed request forgotten so that a retry asks again.

export interface FileCache<T> {
  /** The file, loading it if it is not cached yet. */
  get(id: string): Promise<T>;
  /** The file if it has arrived, else undefined: lets a view render at once what is already in memory. */
  peek(id: string): T | undefined;
}

/** `parallel`: at most this many loads at once, so that selecting thousands of localities does not flood the network. */
export function createFileCache<T>(load: (id: string) => Promise<T>, parallel = Infinity): FileCache<T> {
  const pending = new Map<string, Promise<T>>();
  const arrived = new Map<string, T>();
  let running = 0;
  const waiting: Array<() => void> = [];

  async function limited(id: string): Promise<T> {
    if (running >= parallel) await new Promise<void>((resolve) => waiting.push(resolve));
    running += 1;
    try {
      return await load(id);
    } finally {
      running -= 1;
      waiting.shift()?.();
    }
  }

  return {
    get(id) {
      let request = pending.get(id);
      if (!request) {
        request = limited(id).then((file) => {
          arrived.set(id, file);
          return file;
        });
        request.catch(() => pending.delete(id));
        pending.set(id, request);
      }
      return request;
    },
    peek: (id) => arrived.get(id),
  };
}
