import { describe, expect, it } from 'vitest';
import { loginAttemptsContract } from './loginAttemptsContract';
import { LoginLimiter } from './loginLimiter';

loginAttemptsContract('in memory', async () => ({ open: (options) => new LoginLimiter(options), close: async () => {} }));

const MINUTE = 60 * 1000;

describe('LoginLimiter', () => {
  it('A7: an attacker trying a new address and IP every time does not grow the memory past what is within the window', async () => {
    let time = 0;
    const limits = new LoginLimiter({ windowMs: 15 * MINUTE, maxPerAccount: 5, maxPerIp: 30, accountDelayMs: 30 * 1000, now: () => time });
    for (let round = 0; round < 5; round++) {
      for (let i = 0; i < 20_000; i++) await limits.recordFailure(`inconnu-${round}-${i}@exemple.org`, `10.${round}.${i >> 8}.${i & 255}`);
      time += 16 * MINUTE;
    }
    // Each round's 40,000 entries expire before the next round fills the maps again.
    expect(limits.tracked()).toBeLessThanOrEqual(2 * 40_000 + 1);
    // Still limiting: the last round's addresses are remembered until their window ends.
    for (let i = 0; i < 5; i++) await limits.recordFailure('cible@exemple.org', '10.9.9.9');
    expect(await limits.retryAfter('cible@exemple.org', '10.9.9.9')).toBeGreaterThan(0);
  });
});
