/**
 * Limits failed sign-ins (SPEC A7), in memory: a restart forgets, which only helps an
 * attacker who can restart the server.
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
export interface LoginLimiterOptions {
  windowMs: number;
  maxPerAccount: number;
  maxPerIp: number;
  /** The first wait once an account reached `maxPerAccount` failures. */
  accountDelayMs: number;
  now?: () => number;
}

/** An account's failures, per IP, since it last went a window without one after its wait. */
interface AccountStreak {
  last: number;
  byIp: Map<string, { count: number; last: number }>;
}

/** Below this many tracked entries, nothing is swept: the maps stay small anyway. */
const SWEEP_FLOOR = 1024;

export class LoginLimiter {
  private readonly ipFailures = new Map<string, number[]>();
  private readonly accounts = new Map<string, AccountStreak>();
  private readonly now: () => number;
  /**
   * Entries are forgotten when their key is asked about again; an attacker trying a new
   * e-mail address or IP each time never asks twice. Past this size, a sweep drops every
   * expired entry, and the next sweep waits until the maps have doubled: amortised O(1)
   * per failure, and memory bounded by what is still within the window.
   */
  private sweepAt = SWEEP_FLOOR;

  constructor(private readonly options: LoginLimiterOptions) {
    this.now = options.now ?? Date.now;
  }

  /** Milliseconds to wait before trying again, or 0 when a try is allowed. */
  retryAfter(email: string, ip: string): number {
    return Math.max(this.ipWait(ip), this.accountWait(email.toLowerCase(), ip));
  }

  recordFailure(email: string, ip: string): void {
    const now = this.now();
    this.ipFailures.set(ip, [...this.recentIpFailures(ip), now]);
    const account = email.toLowerCase();
    const streak = this.streak(account) ?? { last: now, byIp: new Map() };
    streak.last = now;
    streak.byIp.set(ip, { count: (streak.byIp.get(ip)?.count ?? 0) + 1, last: now });
    this.accounts.set(account, streak);
    if (this.tracked() > this.sweepAt) this.sweep();
  }

  /** How many IPs and accounts are remembered (what the sweep bounds). */
  tracked(): number {
    return this.ipFailures.size + this.accounts.size;
  }

  private sweep(): void {
    for (const ip of [...this.ipFailures.keys()]) this.recentIpFailures(ip);
    for (const account of [...this.accounts.keys()]) this.streak(account);
    this.sweepAt = Math.max(SWEEP_FLOOR, 2 * this.tracked());
  }

  /** A successful sign-in forgets its IP's failures on the account; the others' still count. */
  recordSuccess(email: string, ip: string): void {
    this.streak(email.toLowerCase())?.byIp.delete(ip);
  }

  private ipWait(ip: string): number {
    const times = this.recentIpFailures(ip);
    const max = this.options.maxPerIp;
    if (times.length < max) return 0;
    return Math.max(1, times[times.length - max]! + this.options.windowMs - this.now());
  }

  private accountWait(account: string, ip: string): number {
    const streak = this.streak(account);
    const own = streak?.byIp.get(ip);
    // An IP whose last failure left the window is no longer a failing one.
    if (!streak || !own || own.last <= this.now() - this.options.windowMs) return 0;
    return Math.max(0, streak.last + this.delay(streak) - this.now());
  }

  /** The wait an account's failures impose: none below the limit, then doubling up to the window. */
  private delay(streak: AccountStreak): number {
    const { windowMs, accountDelayMs, maxPerAccount } = this.options;
    let count = 0;
    for (const failures of streak.byIp.values()) count += failures.count;
    return count < maxPerAccount ? 0 : Math.min(windowMs, accountDelayMs * 2 ** (count - maxPerAccount));
  }

  private recentIpFailures(ip: string): number[] {
    const since = this.now() - this.options.windowMs;
    const times = (this.ipFailures.get(ip) ?? []).filter((t) => t > since);
    if (times.length === 0) this.ipFailures.delete(ip);
    else this.ipFailures.set(ip, times);
    return times;
  }

  /** The account's streak; forgotten once a whole window has passed after its wait. */
  private streak(account: string): AccountStreak | undefined {
    const streak = this.accounts.get(account);
    if (streak && this.now() < streak.last + this.delay(streak) + this.options.windowMs) return streak;
    this.accounts.delete(account);
    return undefined;
  }
}
