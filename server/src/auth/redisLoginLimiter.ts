import { randomUUID } from 'node:crypto';
import type Redis from 'ioredis';
import type { LoginAttempts, LoginLimiterOptions } from './loginAttempts';

/*
 * The state, under the prefix:
 * - `ip:<ip>`: a sorted set of the IP's failures scored by their time; only the newest
 *   `maxPerIp` matter (the wait counts from the `maxPerIp`-th newest), so no more are kept.
 * - `account:<email>`: a hash with the streak's `last` failure, its `total`, and per failing
 *   IP its count `c:<ip>` and last failure `t:<ip>` (a success removes that IP's share).
 * Times are those of `now`, stored in the values and compared in the scripts, exactly as the
 * in-memory limiter does. Redis TTLs, on Redis's own clock, only reclaim memory: an IP's
 * failures matter for one window after the newest, an account's streak for at most the
 * longest wait (one window) plus one window after its last failure.
 *
 * Each call is one Lua script, atomic in Redis: two instances recording failures at the
 * same moment both count. The scripts are sent with EVAL rather than `defineCommand` so that
 * a client shared with other parts of the server is not given new methods; Redis caches
 * them, and they run once per sign-in attempt.
 */

/** Shared by the scripts. ARGV: now, windowMs, maxPerAccount, maxPerIp, accountDelayMs, ip. */
const PRELUDE = `
local now = tonumber(ARGV[1])
local windowMs = tonumber(ARGV[2])
local maxPerAccount = tonumber(ARGV[3])
local maxPerIp = tonumber(ARGV[4])
local accountDelayMs = tonumber(ARGV[5])
local ip = ARGV[6]

-- The wait an account's failures impose: none below the limit, then doubling up to the window.
local function delay(total)
  if total < maxPerAccount then return 0 end
  return math.min(windowMs, accountDelayMs * 2 ^ (total - maxPerAccount))
end

-- The account's streak (last failure, total), or nil once a whole window has passed after its wait.
local function streak(key)
  local fields = redis.call('HMGET', key, 'last', 'total')
  local last, total = tonumber(fields[1]), tonumber(fields[2])
  if last and now < last + delay(total) + windowMs then return last, total end
  redis.call('DEL', key)
  return nil
end
`;

/** KEYS: ip key, account key. Returns the wait in milliseconds. */
const RETRY_AFTER = `${PRELUDE}
local ipWait = 0
local recent = redis.call('ZRANGEBYSCORE', KEYS[1], '(' .. string.format('%d', now - windowMs), '+inf', 'WITHSCORES')
local count = #recent / 2
if count >= maxPerIp then
  local oldest = tonumber(recent[2 * (count - maxPerIp) + 2])
  ipWait = math.max(1, oldest + windowMs - now)
end

local accountWait = 0
local last, total = streak(KEYS[2])
local own = tonumber(redis.call('HGET', KEYS[2], 't:' .. ip))
-- An IP whose last failure left the window is no longer a failing one.
if last and own and own > now - windowMs then
  accountWait = math.max(0, last + delay(total) - now)
end
return math.max(ipWait, accountWait)
`;

/** KEYS: ip key, account key. ARGV[7]: a unique name for this failure in the IP's set. */
const RECORD_FAILURE = `${PRELUDE}
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', string.format('%d', now - windowMs))
redis.call('ZADD', KEYS[1], ARGV[1], ARGV[7])
redis.call('ZREMRANGEBYRANK', KEYS[1], 0, -(maxPerIp + 1))
redis.call('PEXPIRE', KEYS[1], windowMs)

streak(KEYS[2])
redis.call('HSET', KEYS[2], 'last', ARGV[1], 't:' .. ip, ARGV[1])
redis.call('HINCRBY', KEYS[2], 'total', 1)
redis.call('HINCRBY', KEYS[2], 'c:' .. ip, 1)
redis.call('PEXPIRE', KEYS[2], 2 * windowMs)
return 0
`;

/** KEYS: account key. */
const RECORD_SUCCESS = `${PRELUDE}
if streak(KEYS[1]) then
  local own = tonumber(redis.call('HGET', KEYS[1], 'c:' .. ip))
  if own then
    redis.call('HINCRBY', KEYS[1], 'total', -own)
    redis.call('HDEL', KEYS[1], 'c:' .. ip, 't:' .. ip)
  end
end
return 0
`;

/**
 * The A7 limits (see `LoginAttempts`) kept in Redis, so that every instance sharing it
 * counts the same failures: an IP refused on one instance is refused on all. The client
 * belongs to the caller, who closes it.
 */
export class RedisLoginLimiter implements LoginAttempts {
  private readonly now: () => number;

  constructor(
    private readonly redis: Redis,
    /** Where the keys live, e.g. `minutier:login:`; instances that share limits share it. */
    private readonly prefix: string,
    private readonly options: LoginLimiterOptions,
  ) {
    this.now = options.now ?? Date.now;
  }

  async retryAfter(email: string, ip: string): Promise<number> {
    return Number(await this.redis.eval(RETRY_AFTER, 2, this.ipKey(ip), this.accountKey(email), ...this.args(ip)));
  }

  async recordFailure(email: string, ip: string): Promise<void> {
    await this.redis.eval(RECORD_FAILURE, 2, this.ipKey(ip), this.accountKey(email), ...this.args(ip), randomUUID());
  }

  async recordSuccess(email: string, ip: string): Promise<void> {
    await this.redis.eval(RECORD_SUCCESS, 1, this.accountKey(email), ...this.args(ip));
  }

  private args(ip: string): string[] {
    const { windowMs, maxPerAccount, maxPerIp, accountDelayMs } = this.options;
    return [this.now(), windowMs, maxPerAccount, maxPerIp, accountDelayMs].map((n) => String(Math.floor(n))).concat(ip);
  }

  private ipKey(ip: string): string {
    return `${this.prefix}ip:${ip}`;
  }

  private accountKey(email: string): string {
    return `${this.prefix}account:${email.toLowerCase()}`;
  }
}
