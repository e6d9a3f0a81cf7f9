import type { MiddlewareHandler } from 'hono';
import type { Logger } from '../log';
import { TokenBucket } from '../relay/tokenBucket';
import { apiError } from './apiError';
import type { AppEnv } from './appEnv';

/**
 * Read queries an account may make (SPEC A19): the search, « À suivre » and measure index
 * queries run synchronously on the event loop (up to ~14 ms each), so one account flooding
 * them would slow every other user's relay.
 */
export interface QueryRateLimits {
  perSecond: number;
  burst: number;
}

/**
 * An honest user submits a search, opens a measure (counts, citations) or the « À suivre »
 * page a few times a minute; even clicking through results stays far below this.
 */
export const DEFAULT_QUERY_RATE_LIMITS: QueryRateLimits = { perSecond: 10, burst: 30 };

/** Below this many tracked accounts, nothing is swept: the map stays small anyway. */
const SWEEP_FLOOR = 1024;

interface AccountBucket {
  bucket: TokenBucket;
  lastTake: number;
  /** Refused since the bucket was last full: the flood was already logged. */
  limited: boolean;
}

export type QueryRefusal = { retryAfterSeconds: number; firstOfBurst: boolean };

/** One token bucket per account, shared by every limited query; in memory. */
export class QueryRateLimiter {
  private readonly buckets = new Map<string, AccountBucket>();
  /** How long an untouched bucket takes to fill up again: it is then as good as a new one. */
  private readonly refillMs: number;
  /**
   * Past this size, a sweep drops every bucket idle long enough to be full, and the next
   * sweep waits until the map has doubled: amortised O(1) per query, and memory bounded by
   * the accounts that queried within the last `refillMs`.
   */
  private sweepAt = SWEEP_FLOOR;

  constructor(
    private readonly limits: QueryRateLimits,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.refillMs = (limits.burst / limits.perSecond) * 1000;
  }

  /** Takes a token of the account's bucket: undefined when the query may run. */
  take(accountId: string): QueryRefusal | undefined {
    const now = this.now();
    let entry = this.buckets.get(accountId);
    if (entry && now - entry.lastTake >= this.refillMs) entry.limited = false;
    if (!entry) {
      entry = { bucket: new TokenBucket(this.limits.perSecond, this.limits.burst, this.now), lastTake: now, limited: false };
      this.buckets.set(accountId, entry);
      if (this.buckets.size > this.sweepAt) this.sweep(now);
    }
    entry.lastTake = now;
    if (entry.bucket.take()) return undefined;
    const firstOfBurst = !entry.limited;
    entry.limited = true;
    // A refused take leaves less than one token: the next one is at most this far away.
    return { retryAfterSeconds: Math.max(1, Math.ceil(1 / this.limits.perSecond)), firstOfBurst };
  }

  /** How many accounts have a bucket (what the sweep bounds). */
  tracked(): number {
    return this.buckets.size;
  }

  private sweep(now: number): void {
    for (const [accountId, entry] of this.buckets) {
      if (now - entry.lastTake >= this.refillMs) this.buckets.delete(accountId);
    }
    this.sweepAt = Math.max(SWEEP_FLOOR, 2 * this.buckets.size);
  }
}

/**
 * Answers 429 with `Retry-After` once the signed-in account has used its read queries up.
 * Writes pass (they are not these queries), and so do anonymous calls: the route answers 401.
 */
export function queryRateLimit(limiter: QueryRateLimiter, logger: Logger): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const principal = c.get('principal');
    if (!principal || (c.req.method !== 'GET' && c.req.method !== 'HEAD')) return next();
    const refusal = limiter.take(principal.user.id);
    if (!refusal) return next();
    if (refusal.firstOfBurst) logger.warn('api.query_rate_limited', { user: principal.user.id, path: c.req.path });
    c.header('Retry-After', String(refusal.retryAfterSeconds));
    return apiError(c, 429, 'too_many_queries', 'Trop de requêtes d’affilée : réessayez dans quelques secondes.');
  };
}
