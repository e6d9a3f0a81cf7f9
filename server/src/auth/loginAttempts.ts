/**
 * Failed sign-ins, limited per IP and per account (SPEC A7). The routes ask before checking a
 * password and tell the outcome after; one implementation keeps the counts in memory (one
 * instance), another in Redis (several instances share them: the limits hold cluster-wide).
 *
 * Per IP: past `maxPerIp` failures in the window, the IP is refused (429) until the oldest
 * leaves the window, whatever account it tries.
 *
 * Per account: from `maxPerAccount` failures, every IP that failed on the account within
 * the window waits before its next try, counted from the account's last failure:
 * `accountDelayMs` at first, doubled by every further failure, at most the window. The
 * failures count until the account has gone a whole window without one after that wait.
 * An IP that has not failed on it is not held back by the others' failures, so nobody can
 * lock the coordination out by failing on purpose from elsewhere; the price is that each
 * new IP gets one guess before the delay holds it too.
 */
export interface LoginAttempts {
  /** Milliseconds to wait before trying again, or 0 when a try is allowed. */
  retryAfter(email: string, ip: string): Promise<number>;
  recordFailure(email: string, ip: string): Promise<void>;
  /** A successful sign-in forgets its IP's failures on the account; the others' still count. */
  recordSuccess(email: string, ip: string): Promise<void>;
}

export interface LoginLimiterOptions {
  windowMs: number;
  maxPerAccount: number;
  maxPerIp: number;
  /** The first wait once an account reached `maxPerAccount` failures. */
  accountDelayMs: number;
  now?: () => number;
}

/** A7's limits: 15 minutes, 5 failures per account and 30 per IP, a first wait of 30 s (tests make them smaller). */
export function loginLimiterOptions(limits?: { perAccount: number; perIp: number; accountDelayMs?: number }): LoginLimiterOptions {
  return {
    windowMs: 15 * 60 * 1000,
    maxPerAccount: limits?.perAccount ?? 5,
    maxPerIp: limits?.perIp ?? 30,
    accountDelayMs: limits?.accountDelayMs ?? 30 * 1000,
  };
}
