import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LoginAttempts, LoginLimiterOptions } from './loginAttempts';

/** Where an implementation keeps its counts: each `open` is another server instance on it. */
export interface LoginAttemptsBackend {
  open(options: LoginLimiterOptions): LoginAttempts;
  /** Forgets everything opened on it (and closes its connections). */
  close(): Promise<void>;
}

const MINUTE = 60 * 1000;

/** The behaviour every LoginAttempts must have (A7); each implementation's test calls it with a fresh backend. */
export function loginAttemptsContract(name: string, makeBackend: () => Promise<LoginAttemptsBackend>): void {
  describe(`LoginAttempts contract: ${name}`, () => {
    let backend: LoginAttemptsBackend;
    // A realistic epoch, so that times are as large as in production (Redis scripts print them).
    let time: number;
    const later = (ms: number) => (time += ms);
    const limiter = (maxPerAccount = 5, maxPerIp = 30) =>
      backend.open({ windowMs: 15 * MINUTE, maxPerAccount, maxPerIp, accountDelayMs: 30 * 1000, now: () => time });
    beforeEach(async () => {
      time = 1_750_000_000_000;
      backend = await makeBackend();
    });
    afterEach(async () => {
      await backend.close();
    });

    it('A7: from the 5th failure, the failing IP waits 30 s, then twice as long after every further failure, at most 15 minutes', async () => {
      const limits = limiter();
      for (let i = 0; i < 4; i++) await limits.recordFailure('coordination@exemple.org', '10.0.0.1');
      expect(await limits.retryAfter('coordination@exemple.org', '10.0.0.1')).toBe(0);
      const waits: number[] = [];
      for (let i = 0; i < 7; i++) {
        await limits.recordFailure('coordination@exemple.org', '10.0.0.1');
        const wait = await limits.retryAfter('COORDINATION@exemple.org', '10.0.0.1');
        waits.push(wait / 1000);
        later(wait);
        expect(await limits.retryAfter('coordination@exemple.org', '10.0.0.1')).toBe(0);
      }
      expect(waits).toEqual([30, 60, 120, 240, 480, 900, 900]);
    });

    it('A7: an IP that has not failed on the account is never held back by the others’ failures', async () => {
      const limits = limiter();
      for (let i = 0; i < 50; i++) await limits.recordFailure('coordination@exemple.org', `10.0.0.${i % 5}`);
      expect(await limits.retryAfter('coordination@exemple.org', '10.0.0.1')).toBe(15 * MINUTE);
      expect(await limits.retryAfter('coordination@exemple.org', '192.168.1.10')).toBe(0);
      // Its own failure makes it wait like the others.
      await limits.recordFailure('coordination@exemple.org', '192.168.1.10');
      expect(await limits.retryAfter('coordination@exemple.org', '192.168.1.10')).toBe(15 * MINUTE);
    });

    it('A7: a success forgets its own IP’s failures on the account, not the others’', async () => {
      const limits = limiter(2);
      await limits.recordFailure('membre@exemple.org', '10.0.0.1');
      await limits.recordFailure('membre@exemple.org', '10.0.0.2');
      await limits.recordFailure('membre@exemple.org', '10.0.0.2');
      await limits.recordSuccess('membre@exemple.org', '10.0.0.2');
      expect(await limits.retryAfter('membre@exemple.org', '10.0.0.2')).toBe(0);
      await limits.recordFailure('membre@exemple.org', '10.0.0.1');
      expect(await limits.retryAfter('membre@exemple.org', '10.0.0.1')).toBe(30 * 1000);
    });

    it('A7: past its limit an IP is refused on every account until its oldest failure leaves the window', async () => {
      const limits = limiter(5, 3);
      for (let i = 0; i < 3; i++) {
        await limits.recordFailure(`personne${i}@exemple.org`, '10.0.0.1');
        later(MINUTE);
      }
      expect(await limits.retryAfter('autre@exemple.org', '10.0.0.1')).toBe(12 * MINUTE);
      expect(await limits.retryAfter('autre@exemple.org', '10.0.0.2')).toBe(0);
      later(12 * MINUTE);
      expect(await limits.retryAfter('autre@exemple.org', '10.0.0.1')).toBe(0);
    });

    it('A7: an account’s failures are forgotten once a whole window has passed after its wait', async () => {
      const limits = limiter(1);
      await limits.recordFailure('membre@exemple.org', '10.0.0.1');
      await limits.recordFailure('membre@exemple.org', '10.0.0.1');
      expect(await limits.retryAfter('membre@exemple.org', '10.0.0.1')).toBe(60 * 1000);
      later(60 * 1000 + 15 * MINUTE - 1);
      await limits.recordFailure('membre@exemple.org', '10.0.0.1');
      expect(await limits.retryAfter('membre@exemple.org', '10.0.0.1')).toBe(120 * 1000);
      later(120 * 1000 + 15 * MINUTE);
      await limits.recordFailure('membre@exemple.org', '10.0.0.1');
      expect(await limits.retryAfter('membre@exemple.org', '10.0.0.1')).toBe(30 * 1000);
    });
  });
}
