/**
 * Counts failed sign-ins per account and per IP over a sliding window. Past the limit,
 * sign-in is refused (429) until the oldest failure leaves the window, even with the
 * right password: that is what makes guessing slow. In memory: a restart forgets,
 * which only helps an attacker who can restart the server.
 */
export interface LoginLimiterOptions {
  windowMs: number;
  maxPerAccount: number;
  maxPerIp: number;
  now?: () => number;
}

export class LoginLimiter {
  private readonly failures = new Map<string, number[]>();
  private readonly now: () => number;

  constructor(private readonly options: LoginLimiterOptions) {
    this.now = options.now ?? Date.now;
  }

  /** Milliseconds to wait before trying again, or 0 when a try is allowed. */
  retryAfter(email: string, ip: string): number {
    return Math.max(
      this.wait(`account:${email.toLowerCase()}`, this.options.maxPerAccount),
      this.wait(`ip:${ip}`, this.options.maxPerIp),
    );
  }

  recordFailure(email: string, ip: string): void {
    for (const key of [`account:${email.toLowerCase()}`, `ip:${ip}`]) {
      const times = this.recent(key);
      times.push(this.now());
      this.failures.set(key, times);
    }
  }

  /** A successful sign-in clears the account's failures (not the IP's). */
  recordSuccess(email: string): void {
    this.failures.delete(`account:${email.toLowerCase()}`);
  }

  private recent(key: string): number[] {
    const since = this.now() - this.options.windowMs;
    const times = (this.failures.get(key) ?? []).filter((t) => t > since);
    if (times.length === 0) this.failures.delete(key);
    return times;
  }

  private wait(key: string, max: number): number {
    const times = this.recent(key);
    if (times.length < max) return 0;
    const oldest = times[times.length - max]!;
    return Math.max(1, oldest + this.options.windowMs - this.now());
  }
}
