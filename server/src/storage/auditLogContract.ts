import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AuditLog, NewAuditEntry } from './auditLog';

/** A fresh, empty log and how to dispose of it (and of its database) after one test. */
export interface AuditLogUnderTest {
  log: AuditLog;
  close(): Promise<void>;
}

/**
 * The behaviour every AuditLog must have (issue 18, S1): each implementation's test file
 * calls this with a factory for a fresh, empty log.
 */
export function auditLogContract(name: string, makeLog: () => Promise<AuditLogUnderTest>): void {
  describe(`AuditLog contract: ${name}`, () => {
    let log: AuditLog;
    let dispose: () => Promise<void>;
    beforeEach(async () => {
      ({ log, close: dispose } = await makeLog());
    });
    afterEach(async () => {
      vi.useRealTimers();
      await log.close();
      await dispose();
    });

    const entry = (action: string, collectiveId: string | null = 'c'): NewAuditEntry => ({
      collectiveId,
      actorId: 'u1',
      action,
      target: 'doc',
      details: {},
      ip: '203.0.113.7',
    });

    it('A11: keeps who did what and when, its details as given', async () => {
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(new Date('2026-03-01T10:00:00.000Z'));
      const failed: NewAuditEntry = {
        collectiveId: 'c',
        actorId: null,
        action: 'auth.login_failed',
        target: 'paul@ministere.test',
        details: { zèle: 'oui', attempts: 3, limited: false, reason: null },
        ip: null,
      };
      await log.record(failed);
      const [stored] = await log.list('c', 10);
      expect(stored).toEqual({ ...failed, id: expect.any(Number), at: '2026-03-01T10:00:00.000Z' });
      expect(Object.keys(stored!.details)).toEqual(['zèle', 'attempts', 'limited', 'reason']);
    });

    it('A11: lists one collective’s entries newest first, a page at a time', async () => {
      for (const action of ['a1', 'a2', 'a3', 'a4']) await log.record(entry(action));
      await log.record(entry('other', 'c2'));
      await log.record(entry('anonymous', null));
      const firstPage = await log.list('c', 3);
      expect(firstPage.map((stored) => stored.action)).toEqual(['a4', 'a3', 'a2']);
      const nextPage = await log.list('c', 3, firstPage.at(-1)!.id);
      expect(nextPage.map((stored) => stored.action)).toEqual(['a1']);
      expect(await log.list('c', 3, nextPage[0]!.id)).toEqual([]);
      expect((await log.list('c2', 10)).map((stored) => stored.action)).toEqual(['other']);
    });
  });
}
