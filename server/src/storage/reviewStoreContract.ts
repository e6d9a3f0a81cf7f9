import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApprovalRecord, ReviewStore, VersionRecord } from './reviewStore';

/** The behaviour every ReviewStore must have (S1, issue 18); each implementation's test calls it with a fresh store. */
export function reviewStoreContract(name: string, makeStore: () => Promise<{ store: ReviewStore; close(): Promise<void> }>): void {
  describe(`ReviewStore contract: ${name}`, () => {
    let store: ReviewStore;
    let close: () => Promise<void>;
    beforeEach(async () => {
      ({ store, close } = await makeStore());
    });
    afterEach(async () => {
      await close();
    });

    const version = (id: string, documentId = 'd1', kind: VersionRecord['kind'] = 'manual'): VersionRecord => ({
      id,
      documentId,
      label: `Version « ${id} »`,
      kind,
      hash: `hash-${id}`,
      createdAt: `2026-12-01T08:00:0${id.length}.000Z`,
      createdBy: 'u1',
    });
    const approval = (associationId: string, versionId: string, approvedAt: string): ApprovalRecord => ({
      documentId: 'd1',
      associationId,
      versionId,
      hash: `hash-${versionId}`,
      userId: `user-${associationId}`,
      approvedAt,
    });

    it('lists a document’s versions newest first and gives back each snapshot’s exact bytes', async () => {
      await store.createVersion(version('v1', 'd1', 'status'), new Uint8Array([1, 2, 3]));
      await store.createVersion(version('autre', 'd2'), new Uint8Array([9]));
      await store.createVersion(version('v2', 'd1', 'validation'), new Uint8Array([0, 255, 4, 0]));
      expect(await store.listVersions('d1')).toEqual([version('v2', 'd1', 'validation'), version('v1', 'd1', 'status')]);
      expect(await store.getVersion('d1', 'v2')).toEqual({ version: version('v2', 'd1', 'validation'), snapshot: new Uint8Array([0, 255, 4, 0]) });
    });

    it('a version of another document reads as unknown', async () => {
      await store.createVersion(version('v1', 'd1'), new Uint8Array([1]));
      expect(await store.getVersion('d2', 'v1')).toBeUndefined();
      expect(await store.getVersion('d1', 'inconnue')).toBeUndefined();
      expect(await store.listVersions('d2')).toEqual([]);
    });

    it('keeps every approval, superseded ones included, newest first', async () => {
      await store.createVersion(version('v1'), new Uint8Array([1]));
      await store.createVersion(version('v2'), new Uint8Array([2]));
      await store.addApproval(approval('a1', 'v1', '2026-12-01T09:00:00.000Z'));
      await store.addApproval(approval('a2', 'v1', '2026-12-01T09:30:00.000Z'));
      await store.addApproval(approval('a1', 'v2', '2026-12-01T10:00:00.000Z'));
      expect(await store.listApprovals('d1')).toEqual([
        approval('a1', 'v2', '2026-12-01T10:00:00.000Z'),
        approval('a2', 'v1', '2026-12-01T09:30:00.000Z'),
        approval('a1', 'v1', '2026-12-01T09:00:00.000Z'),
      ]);
      expect(await store.listApprovals('d2')).toEqual([]);
    });

    it('forgets a deleted document’s versions and approvals, and only that document’s', async () => {
      await store.createVersion(version('v1', 'd1'), new Uint8Array([1]));
      await store.createVersion(version('w1', 'd2'), new Uint8Array([2]));
      await store.addApproval(approval('a1', 'v1', '2026-12-01T09:00:00.000Z'));
      await store.forgetDocument('d1');
      expect(await store.listVersions('d1')).toEqual([]);
      expect(await store.getVersion('d1', 'v1')).toBeUndefined();
      expect(await store.listApprovals('d1')).toEqual([]);
      expect(await store.listVersions('d2')).toEqual([version('w1', 'd2')]);
    });

    it('refuses a second version with the same id', async () => {
      await store.createVersion(version('v1'), new Uint8Array([1]));
      await expect(store.createVersion(version('v1'), new Uint8Array([2]))).rejects.toThrow();
      expect((await store.getVersion('d1', 'v1'))?.snapshot).toEqual(new Uint8Array([1]));
    });
  });
}
