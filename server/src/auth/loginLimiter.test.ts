import { describe, expect, it } from 'vitest';
import { LoginLimiter } from './loginLimiter';

const MINUTE = 60 * 1000;

function limiter(maxPerAccount = 5, maxPerIp = 30) {
  let time = 0;
  const limits = new LoginLimiter({ windowMs: 15 * MINUTE, maxPerAccount, maxPerIp, accountDelayMs: 30 * 1000, now: () => time });
  return { limits, later: (ms: number) => (time += ms) };
}

describe('LoginLimiter', () => {
  it('A7: from the 5th failure, the failing IP waits 30 s, then twice as long after every further failure, at most 15 minutes', () => {
    const { limits, later } = limiter();
    for (let i = 0; i < 4; i++) limits.recordFailure('coordination@exemple.org', '10.0.0.1');
    expect(limits.retryAfter('coordination@exemple.org', '10.0.0.1')).toBe(0);
    const waits: number[] = [];
    for (let i = 0; i < 7; i++) {
      limits.recordFailure('coordination@exemple.org', '10.0.0.1');
      const wait = limits.retryAfter('COORDINATION@exemple.org', '10.0.0.1');
      waits.push(wait / 1000);
      later(wait);
      expect(limits.retryAfter('coordination@exemple.org', '10.0.0.1')).toBe(0);
    }
    expect(waits).toEqual([30, 60, 120, 240, 480, 900, 900]);
  });

  it('A7: an IP that has not failed on the account is never held back by the others’ failures', () => {
    const { limits } = limiter();
    for (let i = 0; i < 50; i++) limits.recordFailure('coordination@exemple.org', `10.0.0.${i % 5}`);
    expect(limits.retryAfter('coordination@exemple.org', '10.0.0.1')).toBe(15 * MINUTE);
    expect(limits.retryAfter('coordination@exemple.org', '192.168.1.10')).toBe(0);
    // Its own failure makes it wait like the others.
    limits.recordFailure('coordination@exemple.org', '192.168.1.10');
    expect(limits.retryAfter('coordination@exemple.org', '192.168.1.10')).toBe(15 * MINUTE);
  });

  it('A7: a success forgets its own IP’s failures on the account, not the others’', () => {
    const { limits } = limiter(2);
    limits.recordFailure('membre@exemple.org', '10.0.0.1');
    limits.recordFailure('membre@exemple.org', '10.0.0.2');
    limits.recordFailure('membre@exemple.org', '10.0.0.2');
    limits.recordSuccess('membre@exemple.org', '10.0.0.2');
    expect(limits.retryAfter('membre@exemple.org', '10.0.0.2')).toBe(0);
    limits.recordFailure('membre@exemple.org', '10.0.0.1');
    expect(limits.retryAfter('membre@exemple.org', '10.0.0.1')).toBe(30 * 1000);
  });

  it('A7: past its limit an IP is refused on every account until its oldest failure leaves the window', () => {
    const { limits, later } = limiter(5, 3);
    for (let i = 0; i < 3; i++) {
      limits.recordFailure(`personne${i}@exemple.org`, '10.0.0.1');
      later(MINUTE);
    }
    expect(limits.retryAfter('autre@exemple.org', '10.0.0.1')).toBe(12 * MINUTE);
    expect(limits.retryAfter('autre@exemple.org', '10.0.0.2')).toBe(0);
    later(12 * MINUTE);
    expect(limits.retryAfter('autre@exemple.org', '10.0.0.1')).toBe(0);
  });

  it('A7: an account’s failures are forgotten once a whole window has passed after its wait', () => {
    const { limits, later } = limiter(1);
    limits.recordFailure('membre@exemple.org', '10.0.0.1');
    limits.recordFailure('membre@exemple.org', '10.0.0.1');
    expect(limits.retryAfter('membre@exemple.org', '10.0.0.1')).toBe(60 * 1000);
    later(60 * 1000 + 15 * MINUTE - 1);
    limits.recordFailure('membre@exemple.org', '10.0.0.1');
    expect(limits.retryAfter('membre@exemple.org', '10.0.0.1')).toBe(120 * 1000);
    later(120 * 1000 + 15 * MINUTE);
    limits.recordFailure('membre@exemple.org', '10.0.0.1');
    expect(limits.retryAfter('membre@exemple.org', '10.0.0.1')).toBe(30 * 1000);
  });

  it('A7: an attacker trying a new address and IP every time does not grow the memory past what is within the window', () => {
    const { limits, later } = limiter();
    for (let round = 0; round < 5; round++) {
      for (let i = 0; i < 20_000; i++) limits.recordFailure(`inconnu-${round}-${i}@exemple.org`, `10.${round}.${i >> 8}.${i & 255}`);
      later(16 * MINUTE);
    }
    // Each round's 40,000 entries expire before the next round fills the maps again.
    expect(limits.tracked()).toBeLessThanOrEqual(2 * 40_000 + 1);
    // Still limiting: the last round's addresses are remembered until their window ends.
    for (let i = 0; i < 5; i++) limits.recordFailure('cible@exemple.org', '10.9.9.9');
    expect(limits.retryAfter('cible@exemple.org', '10.9.9.9')).toBeGreaterThan(0);
  });
});
