/** Raised when validation is asked of a text that still holds suggestions nobody decided on (W9). */
export class PendingSuggestionsError extends Error {
  constructor(readonly count: number) {
    super(`${count} pending suggestion(s)`);
  }
}
