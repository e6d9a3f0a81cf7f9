import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ReadableScope } from '../search/searchIndex';
import type { MeasureCitation } from './measureCitations';
import type { IndexedCitations, MeasureIndex } from './measureIndex';

/**
 * The behaviour every MeasureIndex must have (SPEC X1–X3). Each implementation's test file calls
 * this with a factory for a fresh, empty index (S1: SQLite and PostgreSQL).
 */
export function measureIndexContract(name: string, makeIndex: () => Promise<MeasureIndex>): void {
  describe(`MeasureIndex contract: ${name}`, () => {
    let index: MeasureIndex;
    beforeEach(async () => {
      index = await makeIndex();
    });
    afterEach(async () => {
      await index.close();
    });

    const ours: ReadableScope = { collectiveId: 'collectif', sharedDocumentIds: [] };
    const linked = (number: number, extra: Partial<MeasureCitation> = {}): MeasureCitation => ({
      plan: 'pan',
      number,
      item: '',
      linked: true,
      blockId: 'n1',
      section: 'Actualités',
      organisation: null,
      person: null,
      excerpt: `Où en est la mesure ${number} ?`,
      phrase: null,
      ...extra,
    });
    const plainWords = (number: number, extra: Partial<MeasureCitation> = {}): MeasureCitation =>
      linked(number, { plan: null, linked: false, excerpt: `La mesure ${number} avance.`, phrase: `mesure ${number}`, ...extra });
    const document = (id: string, citations: MeasureCitation[], extra: Partial<IndexedCitations> = {}): IndexedCitations => ({
      id,
      collectiveId: 'collectif',
      title: `Réunion ${id}`,
      meetingDate: '2013-11-22',
      status: 'draft',
      citations,
      ...extra,
    });
    const places = async (plan: string, number: number, scope = ours) =>
      (await index.citations(scope, plan, number)).map((c) => [c.documentId, c.blockId, c.linked]);

    it('X1: linked citations of the plan come first, latest meeting first, then plain words « à relier » of that number in any plan', async () => {
      await index.index(document('novembre', [linked(22, { blockId: 't1' }), linked(22, { blockId: 't2' }), plainWords(22, { blockId: 'n3' })]));
      await index.index(document('janvier', [linked(22, { blockId: 'n4', plan: 'autre-plan' }), plainWords(22, { blockId: 'n5' })], { meetingDate: '2014-01-31' }));
      await index.index(document('fevrier', [linked(22, { blockId: 'b1' }), linked(23)], { meetingDate: '2014-02-07', status: 'validated' }));
      await index.index(document('sans-date', [linked(22, { blockId: 'z1' })], { meetingDate: null }));
      expect(await places('pan', 22)).toEqual([
        ['fevrier', 'b1', true],
        ['novembre', 't1', true],
        ['novembre', 't2', true],
        ['sans-date', 'z1', true],
        ['janvier', 'n5', false],
        ['novembre', 'n3', false],
      ]);
      const [first] = await index.citations(ours, 'pan', 22);
      expect(first).toEqual({
        documentId: 'fevrier', title: 'Réunion fevrier', meetingDate: '2014-02-07', validated: true, blockId: 'b1', section: 'Actualités',
        organisation: null, person: null, excerpt: 'Où en est la mesure 22 ?', item: '', linked: true, phrase: null,
      });
      const [, , , , plain] = await index.citations(ours, 'pan', 22);
      expect(plain).toMatchObject({ validated: false, linked: false, phrase: 'mesure 22', excerpt: 'La mesure 22 avance.' });
    });

    it('X1: counts linked passages and documents per measure of the plan; plain words never count', async () => {
      await index.index(document('a', [linked(22), linked(22, { blockId: 'n2' }), linked(5), plainWords(7), linked(9, { plan: 'autre-plan' })]));
      await index.index(document('b', [linked(22), plainWords(22)]));
      expect(await index.counts(ours, 'pan')).toEqual([
        { number: 5, passages: 1, documents: 1 },
        { number: 22, passages: 3, documents: 2 },
      ]);
      expect(await index.counts(ours, 'inconnu')).toEqual([]);
    });

    it('X2: a document outside the scope is in no citation and no count; a shared one is', async () => {
      await index.index(document('chez-nous', [linked(22)]));
      await index.index(document('chez-eux', [linked(22), plainWords(22)], { collectiveId: 'eux' }));
      expect(await places('pan', 22)).toEqual([['chez-nous', 'n1', true]]);
      expect(await index.counts(ours, 'pan')).toEqual([{ number: 22, passages: 1, documents: 1 }]);
      const shared = { collectiveId: 'collectif', sharedDocumentIds: ['chez-eux'] };
      expect(await index.counts(shared, 'pan')).toEqual([{ number: 22, passages: 2, documents: 2 }]);
      expect(await places('pan', 22, { collectiveId: 'ailleurs', sharedDocumentIds: ['chez-eux'] })).toEqual([
        ['chez-eux', 'n1', true],
        ['chez-eux', 'n1', false],
      ]);
    });

    it('re-indexing replaces a document’s citations, removing forgets it', async () => {
      await index.index(document('a', [linked(22), linked(23)]));
      await index.index(document('a', [linked(23)], { title: 'Nouveau titre' }));
      expect(await index.counts(ours, 'pan')).toEqual([{ number: 23, passages: 1, documents: 1 }]);
      expect((await index.citations(ours, 'pan', 23)).map((c) => c.title)).toEqual(['Nouveau titre']);
      expect(await index.indexedDocumentIds()).toEqual(new Set(['a']));
      await index.remove('a');
      expect(await index.counts(ours, 'pan')).toEqual([]);
      expect(await index.indexedDocumentIds()).toEqual(new Set());
    });

    it('X3: reset empties the index and records the version', async () => {
      expect(await index.storedVersion()).toBeUndefined();
      await index.index(document('a', [linked(22)]));
      await index.reset(4);
      expect(await index.storedVersion()).toBe(4);
      expect(await index.counts(ours, 'pan')).toEqual([]);
      expect(await index.indexedDocumentIds()).toEqual(new Set());
      await index.index(document('a', [linked(22)]));
      expect(await index.counts(ours, 'pan')).toEqual([{ number: 22, passages: 1, documents: 1 }]);
    });
  });
}
