import type { LoginAttempts, LoginLimiterOptions } from './loginAttempts';

/** An account's failures, per IP, since it last went a window without one after its wait. */
interface AccountStreak {
  last: number;
  byIp: Map<string, { count: number; last: number }>;
}

/** Below this many tracked entries, nothing is swept: the maps stay small anyway. */
const SWEEP_FLOOR = 1024;

/**
 * The A7 limits (see `LoginAttempts`) in memory, for a single instance: a restart forgets,
 * which only helps an attacker who can restart the server.
 */
export class LoginLimiter implements LoginAttempts {
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

  async retryAfter(email: string, ip: string): Promise<number> {
    return Math.max(this.ipWait(ip), this.accountWait(email.toLowerCase(), ip));
  }

  async recordFailure(email: string, ip: string): Promise<void> {
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

  async recordSuccess(email: string, ip: string): Promise<void> {
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
