// The one error the pipeline raises for bad input: it names the file, the place and the problem.

export class PipelineError extends Error {
  constructor(
    readonly file: string,
    readonly problem: string,
    readonly line: number | null = null,
  ) {
    super(`${file}${line === null ? '' : `:${line}`}: ${problem}`);
    this.name = 'PipelineError';
  }
}
