/**
 * Answers already given to a create request, by the account's `Idempotency-Key`: the same
 * submission sent again (a double click, a retry after a lost answer) gets the same answer
 * instead of creating a second compte-rendu.
 */
export interface IdempotencyScope {
  accountId: string;
  /** The route, so that one key on two routes is two submissions. */
  route: string;
  key: string;
}

export interface RememberedResponse {
  status: number;
  /** The JSON body, as sent. */
  body: string;
}

export type IdempotencyClaim =
  /** First time: the caller runs the request, then completes or releases the key. */
  | { state: 'claimed' }
  /** Already answered: the same answer again. */
  | { state: 'answered'; response: RememberedResponse }
  /** Claimed by a request still running (elsewhere, or cut short less than a few minutes ago). */
  | { state: 'pending' };

export interface IdempotencyStore {
  claim(scope: IdempotencyScope): Promise<IdempotencyClaim>;
  /** The request succeeded: its answer is kept for the next ones. */
  complete(scope: IdempotencyScope, response: RememberedResponse): Promise<void>;
  /** The request failed: the key is free, so that a retry runs it again. */
  release(scope: IdempotencyScope): Promise<void>;
  close(): Promise<void>;
}

export interface IdempotencyLimits {
  /** How long an answer is given again: a day covers a retry after lunch. */
  keepMs: number;
  /** Answers kept per account, the oldest forgotten first: a bound whatever a client sends. */
  perAccount: number;
  /** A claim older than this with no answer was cut short (the server stopped): it may be run again. */
  pendingMs: number;
}

export const DEFAULT_IDEMPOTENCY_LIMITS: IdempotencyLimits = { keepMs: 24 * 60 * 60 * 1000, perAccount: 200, pendingMs: 5 * 60 * 1000 };
