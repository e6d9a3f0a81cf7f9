import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ANNEX_LINK_INDEX_VERSION } from './annexLinkIndex';
import { createSqliteAnnexLinkIndex } from './sqliteAnnexLinkIndex';

const dir = mkdtempSync(join(tmpdir(), 'minutier-annex-links-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ours = { collectiveId: 'nous', sharedDocumentIds: [] };

describe('sqliteAnnexLinkIndex (SPEC N7)', () => {
  it('N7: lists each linking document once, by its first annex, in meeting order', async () => {
    const index = createSqliteAnnexLinkIndex(join(dir, 'order.sqlite'));
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
    await index.close();
  });

  it('N7: a linking document outside the scope is never listed; a shared one is', async () => {
    const index = createSqliteAnnexLinkIndex(join(dir, 'scope.sqlite'));
    await index.index({ id: 'chez-eux', collectiveId: 'eux', title: 'Chez eux', meetingDate: '2014-01-01', links: [{ annexNumber: 1, targetDocumentId: 'cible' }] });
    expect(await index.annexedIn(ours, 'cible')).toEqual([]);
    expect(await index.annexedIn({ collectiveId: 'nous', sharedDocumentIds: ['chez-eux'] }, 'cible')).toEqual([
      { documentId: 'chez-eux', title: 'Chez eux', meetingDate: '2014-01-01', annexNumber: 1 },
    ]);
    await index.close();
  });

  it('N7: a reset empties the index and records its shape version', async () => {
    const index = createSqliteAnnexLinkIndex(join(dir, 'reset.sqlite'));
    expect(await index.storedVersion()).toBeUndefined();
    await index.index({ id: 'source', collectiveId: 'nous', title: 'Source', meetingDate: null, links: [{ annexNumber: 1, targetDocumentId: 'cible' }] });
    await index.reset(ANNEX_LINK_INDEX_VERSION);
    expect(await index.storedVersion()).toBe(ANNEX_LINK_INDEX_VERSION);
    expect(await index.indexedDocumentIds()).toEqual(new Set());
    expect(await index.annexedIn(ours, 'cible')).toEqual([]);
    await index.close();
  });
});
