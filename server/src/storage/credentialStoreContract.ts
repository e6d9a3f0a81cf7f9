import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { hashSecret } from '../auth/secrets';
import type { CredentialStore, LinkGrant } from './credentialStore';

/** A fresh, empty store, how to dispose of it after one test, and what its tables hold. */
export interface CredentialStoreUnderTest {
  store: CredentialStore;
  close(): Promise<void>;
  /** Every row of the store's tables, as text: what a stolen copy of the database would show. */
  dumpTables(): Promise<string>;
}

const HOUR = 3_600_000;

/**
 * The behaviour every CredentialStore must have (issue 18, S1): each implementation's test
 * file calls this with a factory for a fresh, empty store. Expiry is checked on a faked
 * clock: the store computes it from the process's clock.
 */
export function credentialStoreContract(name: string, makeStore: () => Promise<CredentialStoreUnderTest>): void {
  describe(`CredentialStore contract: ${name}`, () => {
    let subject: CredentialStoreUnderTest;
    let store: CredentialStore;
    beforeEach(async () => {
      subject = await makeStore();
      store = subject.store;
    });
    afterEach(async () => {
      vi.useRealTimers();
      await store.close();
      await subject.close();
    });

    const grant: LinkGrant = { collectiveId: 'c', associationId: 'a', role: 'member', userId: null, createdBy: 'u0' };

    it('A5: keeps only hashes of session, token and link secrets', async () => {
      const { secret: sessionSecret, session } = await store.createSession('u1', HOUR);
      const { secret: tokenSecret } = await store.createToken('u1', 'Tableur');
      const linkSecret = await store.createLink('invitation', grant, HOUR);
      expect(session.id).toBe(hashSecret(sessionSecret));
      const tables = await subject.dumpTables();
      expect(tables).toContain(hashSecret(tokenSecret));
      for (const secret of [sessionSecret, tokenSecret, linkSecret]) expect(tables).not.toContain(secret);
    });

    it('finds a live session by its secret, and no longer once its time is up', async () => {
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(new Date('2026-03-01T10:00:00.000Z'));
      const { secret, session } = await store.createSession('u1', HOUR);
      expect(session.expiresAt).toBe('2026-03-01T11:00:00.000Z');
      vi.setSystemTime(new Date('2026-03-01T10:59:59.999Z'));
      expect(await store.findSession(secret)).toEqual(session);
      vi.setSystemTime(new Date('2026-03-01T11:00:00.000Z'));
      expect(await store.findSession(secret)).toBeUndefined();
      expect(await store.findSession('inconnu')).toBeUndefined();
    });

    it('A10: ends one session, or every session of an account but the one kept', async () => {
      const first = await store.createSession('u1', HOUR);
      const second = await store.createSession('u1', HOUR);
      const third = await store.createSession('u1', HOUR);
      const other = await store.createSession('u2', HOUR);
      await store.deleteSession(first.session.id);
      expect(await store.findSession(first.secret)).toBeUndefined();
      expect(await store.deleteSessionsOf('u1', second.session.id)).toEqual([third.session.id]);
      expect(await store.findSession(second.secret)).toEqual(second.session);
      expect(await store.deleteSessionsOf('u1')).toEqual([second.session.id]);
      expect(await store.findSession(second.secret)).toBeUndefined();
      expect(await store.findSession(other.secret)).toEqual(other.session);
    });

    it('finds a token by its secret and records its use, newest tokens listed first', async () => {
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(new Date('2026-03-01T10:00:00.000Z'));
      const older = await store.createToken('u1', 'Tableur');
      vi.setSystemTime(new Date('2026-03-01T10:05:00.000Z'));
      const newer = await store.createToken('u1', 'Agenda');
      await store.createToken('u2', 'Autre');
      expect(newer.token).toEqual({ id: newer.token.id, userId: 'u1', name: 'Agenda', createdAt: '2026-03-01T10:05:00.000Z', lastUsedAt: null });
      vi.setSystemTime(new Date('2026-03-01T10:10:00.000Z'));
      // The token as it was before this use, as the request that uses it sees it.
      expect(await store.findToken(older.secret)).toEqual(older.token);
      expect(await store.findToken('inconnu')).toBeUndefined();
      expect(await store.listTokens('u1')).toEqual([newer.token, { ...older.token, lastUsedAt: '2026-03-01T10:10:00.000Z' }]);
    });

    it('A10: revokes a token only for its owner, once; revoking all names the live ones', async () => {
      const kept = await store.createToken('u1', 'Tableur');
      const revoked = await store.createToken('u1', 'Agenda');
      expect(await store.revokeToken('u2', revoked.token.id)).toBe(false);
      expect(await store.revokeToken('u1', revoked.token.id)).toBe(true);
      expect(await store.revokeToken('u1', revoked.token.id)).toBe(false);
      expect(await store.findToken(revoked.secret)).toBeUndefined();
      expect((await store.listTokens('u1')).map((token) => token.id)).toEqual([kept.token.id]);
      expect(await store.revokeTokensOf('u1')).toEqual([kept.token.id]);
      expect(await store.revokeTokensOf('u1')).toEqual([]);
      expect(await store.findToken(kept.secret)).toBeUndefined();
    });

    it('A9: a link is peeked any number of times, used once, and only for its kind', async () => {
      const secret = await store.createLink('invitation', grant, HOUR);
      expect(await store.peekLink('reset', secret)).toBeUndefined();
      expect(await store.consumeLink('reset', secret)).toBeUndefined();
      expect(await store.peekLink('invitation', secret)).toEqual(grant);
      expect(await store.peekLink('invitation', secret)).toEqual(grant);
      expect(await store.consumeLink('invitation', secret)).toEqual(grant);
      expect(await store.consumeLink('invitation', secret)).toBeUndefined();
      expect(await store.peekLink('invitation', secret)).toBeUndefined();
    });

    it('A9: a link expires', async () => {
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(new Date('2026-03-01T10:00:00.000Z'));
      const reset: LinkGrant = { collectiveId: null, associationId: null, role: null, userId: 'u1', createdBy: null };
      const secret = await store.createLink('reset', reset, HOUR);
      vi.setSystemTime(new Date('2026-03-01T10:59:59.999Z'));
      expect(await store.peekLink('reset', secret)).toEqual(reset);
      vi.setSystemTime(new Date('2026-03-01T11:00:00.000Z'));
      expect(await store.peekLink('reset', secret)).toBeUndefined();
      expect(await store.consumeLink('reset', secret)).toBeUndefined();
    });
  });
}
