/**
 * The one base for the project's named errors. Each says what is wrong
 * (`message`) and how to put it right (`hint`), so a command can print both
 * to a comms officer instead of a stack trace (`describeError`).
 */
export class LocalOfferError extends Error {
  readonly hint: string | undefined;

  constructor(message: string, hint?: string) {
    super(message);
    this.name = new.target.name;
    this.hint = hint;
  }
}

/** What to print for an error a command caught: its message and hint for ours, the message alone for anything else. */
export function describeError(error: unknown): string {
  if (error instanceof LocalOfferError) return error.hint ? `${error.message}\n${error.hint}` : error.message;
  return error instanceof Error ? error.message : String(error);
}
