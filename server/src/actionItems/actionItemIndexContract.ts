import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { actionItemsQuerySchema } from '../../../shared/api/actionItems';
import type { ActionItemDocument, ActionItemIndex, IndexedActionItem } from './actionItemIndex';
import { collectiveActionItems } from './collectiveActionItems';

/**
 * The behaviour every ActionItemIndex must have (SPEC T1, T2, R18), read through the collective's
 * « À suivre » as users see it. Each implementation's test file calls this with a factory for a
 * fresh, empty index (S1: SQLite and PostgreSQL).
 */
export function actionItemIndexContract(name: string, makeIndex: () => Promise<ActionItemIndex>): void {
  const item = (id: string, patch: Partial<IndexedActionItem> = {}): IndexedActionItem => ({
    id,
    identity: `novembre#${id}`,
    originDocument: 'novembre',
    text: `Point ${id}`,
    owners: ['Hors la Rue'],
    due: '2014-01-15',
    status: 'open',
    ...patch,
  });
  const document = (id: string, meetingDate: string, items: IndexedActionItem[], patch: Partial<ActionItemDocument> = {}): ActionItemDocument => ({
    id,
    collectiveId: 'collectif',
    seriesId: 'pleniere',
    title: `Réunion du ${meetingDate}`,
    meetingDate,
    createdAt: `${meetingDate}T12:00:00.000Z`,
    status: 'draft',
    items,
    ...patch,
  });
  const scope = { collectiveId: 'collectif', sharedDocumentIds: [] };
  const query = (raw: Record<string, string> = {}) => actionItemsQuerySchema.parse(raw);
  const context = { association: null, now: new Date('2014-02-01T10:00:00Z') };

  describe(`ActionItemIndex contract: ${name} (SPEC T1, T2)`, () => {
    let index: ActionItemIndex;
    beforeEach(async () => {
      index = await makeIndex();
      await index.index(document('novembre', '2013-11-22', [item('europe'), item('lettre', { owners: ['Amicale du Nid'], due: '' })], { status: 'validated' }));
      // The next minutes carry « europe » and close it; « lettre » was not carried.
      await index.index(document('janvier', '2014-01-31', [item('europe', { status: 'done', text: 'Point europe, revu' })]));
      await index.index(document('autre', '2014-01-31', [item('secret', { identity: 'autre#secret', originDocument: 'autre' })], { collectiveId: 'autre' }));
    });
    afterEach(async () => {
      await index.close();
    });

    it('T1: a carried item is one item, as the latest minutes of the series that show it have it', async () => {
      const items = await collectiveActionItems(index, scope, query(), context);
      expect(items.map((i) => [i.id, i.status, i.documentId, i.text, i.origin.documentId, i.origin.meetingDate])).toEqual([
        ['europe', 'done', 'janvier', 'Point europe, revu', 'novembre', '2013-11-22'],
        ['lettre', 'open', 'novembre', 'Point lettre', 'novembre', '2013-11-22'],
      ]);
    });

    it('T1: each copy comes back as indexed, with its document, in document then box order', async () => {
      const copies = await index.copies(scope);
      expect(copies.map((copy) => [copy.document.id, copy.item.id])).toEqual([
        ['janvier', 'europe'],
        ['novembre', 'europe'],
        ['novembre', 'lettre'],
      ]);
      expect(copies[2]).toEqual({
        document: { id: 'novembre', collectiveId: 'collectif', seriesId: 'pleniere', title: 'Réunion du 2013-11-22', meetingDate: '2013-11-22', createdAt: '2013-11-22T12:00:00.000Z', status: 'validated' },
        item: item('lettre', { owners: ['Amicale du Nid'], due: '' }),
      });
      expect([...(await index.documents(scope)).keys()].sort()).toEqual(['janvier', 'novembre']);
    });

    it('T1: re-indexing a document replaces its copies, never adds to them; removing forgets them', async () => {
      await index.index(document('janvier', '2014-01-31', [item('europe', { status: 'done', text: 'Point europe, revu' })]));
      expect(await collectiveActionItems(index, scope, query(), context)).toHaveLength(2);
      await index.remove('janvier');
      expect((await index.copies(scope)).map((copy) => copy.document.id)).toEqual(['novembre', 'novembre']);
      expect(await index.indexedDocumentIds()).toEqual(new Set(['novembre', 'autre']));
    });

    it('R18: only the documents of the scope are read out; an origin outside it is named by its id only', async () => {
      expect(await collectiveActionItems(index, { collectiveId: 'ailleurs', sharedDocumentIds: [] }, query(), context)).toEqual([]);
      const shared = await collectiveActionItems(index, { collectiveId: 'ailleurs', sharedDocumentIds: ['janvier'] }, query(), context);
      expect(shared.map((i) => [i.id, i.origin])).toEqual([['europe', { documentId: 'novembre', title: null, meetingDate: null }]]);
    });

    it('T2: « en retard » is derived from the due day in Paris and the status', async () => {
      await index.index(document('mars', '2014-03-14', [item('budget', { identity: 'mars#budget', originDocument: 'mars', due: '2014-01-31' })]));
      // 31 January 23:30 UTC is already 1 February in Paris.
      const late = await collectiveActionItems(index, scope, query({ overdue: '1' }), { ...context, now: new Date('2014-01-31T23:30:00Z') });
      expect(late.map((i) => i.id)).toEqual(['budget']);
      const notYet = await collectiveActionItems(index, scope, query({ overdue: '1' }), { ...context, now: new Date('2014-01-31T22:30:00Z') });
      expect(notYet).toEqual([]);
    });

    it('filters by status, association (accents and case aside), series and period; the caller’s association first', async () => {
      const ids = async (raw: Record<string, string>, association: string | null = null) =>
        (await collectiveActionItems(index, scope, query(raw), { ...context, association })).map((i) => i.id);
      expect(await ids({ status: 'open' })).toEqual(['lettre']);
      expect(await ids({ status: 'done' })).toEqual(['europe']);
      expect(await ids({ association: 'amicale du nid' })).toEqual(['lettre']);
      expect(await ids({ series: 'autre-serie' })).toEqual([]);
      expect(await ids({ from: '2013-12-01' })).toEqual([]);
      expect(await ids({ to: '2013-11-22' })).toEqual(['europe', 'lettre']);
      // By due day (a day before none), or open before done.
      expect(await ids({})).toEqual(['europe', 'lettre']);
      expect(await ids({ sort: 'status' })).toEqual(['lettre', 'europe']);
      expect(await ids({}, 'AMICALE DU NID')).toEqual(['lettre', 'europe']);
      expect((await collectiveActionItems(index, scope, query(), { ...context, association: 'Amicale du Nid' }))[0]!.ours).toBe(true);
    });

    it('T1: a reset empties the index and records its shape version', async () => {
      expect(await index.storedVersion()).toBeUndefined();
      await index.reset(3);
      expect(await index.storedVersion()).toBe(3);
      expect(await index.copies(scope)).toEqual([]);
      expect(await index.indexedDocumentIds()).toEqual(new Set());
    });
  });
}
