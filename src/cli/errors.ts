/** A usage or configuration error: printed as one line with a hint, never with a stack trace. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 2,
    readonly hint?: string,
  ) {
    super(message);
    this.name = 'CliError';
  }
}
