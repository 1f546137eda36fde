// A function remembered for its last arguments: called again with the same ones (each ===), it returns the same
// result, so that a callback or slot built from them keeps its identity and a memoised component can skip a render.

export function memoizeLast<Args extends readonly unknown[], Result>(build: (...args: Args) => Result): (...args: Args) => Result {
  let last: { args: Args; result: Result } | null = null;
  return (...args: Args) => {
    if (last && last.args.length === args.length && last.args.every((arg, index) => Object.is(arg, args[index]))) return last.result;
    const result = build(...args);
    last = { args, result };
    return result;
  };
}
