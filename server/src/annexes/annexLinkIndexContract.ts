import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ANNEX_LINK_INDEX_VERSION, type AnnexLinkIndex } from './annexLinkIndex';

/**
 * The behaviour every AnnexLinkIndex must have (SPEC N7). Each implementation's test file calls
 * this with a factory for a fresh, empty index (S1: SQLite and PostgreSQL).
 */
export function annexLinkIndexContract(name: string, makeIndex: () => Promise<AnnexLinkIndex>): void {
  describe(`AnnexLinkIndex contract: ${name} (SPEC N7)`, () => {
    let index: AnnexLinkIndex;
    beforeEach(async () => {
      index = await makeIndex();
    });
    afterEach(async () => {
      await index.close();
    });

    const ours = { collectiveId: 'nous', sharedDocumentIds: [] };

    it('N7: lists each linking document once, by its first annex, in meeting order', async () => {
      await index.index({ id: 'fevrier', collectiveId: 'nous', title: 'Février', meetingDate: '2014-02-07', links: [{ annexNumber: 2, targetDocumentId: 'cible' }] });
      await index.index({
        id: 'novembre',
        collectiveId: 'nous',
        title: 'Novembre',
        meetingDate: '2013-11-22',
        links: [
          { annexNumber: 3, targetDocumentId: 'cible' },
          { annexNumber: 5, targetDocumentId: 'cible' },
          { annexNumber: 4, targetDocumentId: 'autre' },
        ],
      });
      await index.index({ id: 'cible', collectiveId: 'nous', title: 'Elle-même', meetingDate: null, links: [{ annexNumber: 1, targetDocumentId: 'cible' }] });
      expect(await index.annexedIn(ours, 'cible')).toEqual([
        { documentId: 'novembre', title: 'Novembre', meetingDate: '2013-11-22', annexNumber: 3 },
        { documentId: 'fevrier', title: 'Février', meetingDate: '2014-02-07', annexNumber: 2 },
      ]);
      await index.index({ id: 'novembre', collectiveId: 'nous', title: 'Novembre', meetingDate: '2013-11-22', links: [] });
      await index.remove('fevrier');
      expect(await index.annexedIn(ours, 'cible')).toEqual([]);
    });

    it('N7: one without a date comes after the dated ones, by its title', async () => {
      const linking = (id: string, title: string, meetingDate: string | null) =>
        index.index({ id, collectiveId: 'nous', title, meetingDate, links: [{ annexNumber: 1, targetDocumentId: 'cible' }] });
      await linking('z', 'Atelier', null);
      await linking('y', 'Zèbre', '2014-01-01');
      await linking('x', 'Bilan', null);
      expect((await index.annexedIn(ours, 'cible')).map((entry) => entry.documentId)).toEqual(['y', 'z', 'x']);
    });

    it('N7: a linking document outside the scope is never listed; a shared one is', async () => {
      await index.index({ id: 'chez-eux', collectiveId: 'eux', title: 'Chez eux', meetingDate: '2014-01-01', links: [{ annexNumber: 1, targetDocumentId: 'cible' }] });
      expect(await index.annexedIn(ours, 'cible')).toEqual([]);
      expect(await index.annexedIn({ collectiveId: 'nous', sharedDocumentIds: ['chez-eux'] }, 'cible')).toEqual([
        { documentId: 'chez-eux', title: 'Chez eux', meetingDate: '2014-01-01', annexNumber: 1 },
      ]);
    });

    it('N7: a reset empties the index and records its shape version', async () => {
      expect(await index.storedVersion()).toBeUndefined();
      await index.index({ id: 'source', collectiveId: 'nous', title: 'Source', meetingDate: null, links: [{ annexNumber: 1, targetDocumentId: 'cible' }] });
      await index.reset(ANNEX_LINK_INDEX_VERSION);
      expect(await index.storedVersion()).toBe(ANNEX_LINK_INDEX_VERSION);
      expect(await index.indexedDocumentIds()).toEqual(new Set());
      expect(await index.annexedIn(ours, 'cible')).toEqual([]);
    });
  });
}
