import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { type DocumentStore, type NewDocumentRecord, FrozenDocumentError, type StateRewrite } from './documentStore';

/**
 * The behaviour every DocumentStore must have. Each implementation's test file
 * calls this with a factory for a fresh, empty store.
 */
export function documentStoreContract(name: string, makeStore: () => Promise<DocumentStore>): void {
  describe(`DocumentStore contract: ${name}`, () => {
    let store: DocumentStore;
    beforeEach(async () => {
      store = await makeStore();
    });
    afterEach(async () => {
      await store.close();
    });

    const record = (id: string, updatedAt = '2026-01-01T00:00:00.000Z'): NewDocumentRecord => ({
      id,
      collectiveId: 'collectif',
      title: `Réunion ${id}`,
      meetingDate: '2013-11-22',
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt,
      status: 'draft',
      validation: null,
    });

    /** Builds a Y.Doc from what the store returns, as the relay does. */
    const rebuild = async (id: string): Promise<Y.Doc> => {
      const stored = await store.load(id);
      if (!stored) throw new Error('document not found');
      const doc = new Y.Doc({ gc: false });
      if (stored.state) Y.applyUpdate(doc, stored.state);
      for (const update of stored.updates) Y.applyUpdate(doc, update);
      return doc;
    };

    /** The state and whole log as read now, folded into one state: a compaction's rewrite. */
    const foldNow = async (id: string): Promise<StateRewrite> => {
      const { state, version } = (await store.readState(id))!;
      const log = await store.readLog(id, 0, Number.MAX_SAFE_INTEGER);
      const doc = new Y.Doc({ gc: false });
      if (state) Y.applyUpdate(doc, state);
      for (const { data } of log) Y.applyUpdate(doc, data);
      const folded = Y.encodeStateAsUpdate(doc);
      return { version, state: folded, stateVector: Y.encodeStateVector(doc), throughSeq: log.at(-1)?.seq ?? 0, quarantined: [] };
    };

    /** Types `text` into a doc and returns the update it produced. */
    const typeInto = (doc: Y.Doc, text: string): Uint8Array => {
      let captured: Uint8Array | undefined;
      const capture = (update: Uint8Array) => (captured = update);
      doc.once('update', capture);
      doc.getText('t').insert(doc.getText('t').length, text);
      if (!captured) throw new Error('no update');
      return captured;
    };

    it('creates a document and reads its record back', async () => {
      await store.create(record('a'), Y.encodeStateAsUpdate(new Y.Doc()));
      const [plenary] = await store.listSeries('collectif');
      expect(await store.get('a')).toEqual({ ...record('a'), seriesId: plenary!.id, epoch: 1 });
      expect(await store.get('missing')).toBeUndefined();
    });

    it('M8: every collective has its plenary series first, then the series it adds, each its own', async () => {
      const [plenary, ...others] = await store.listSeries('collectif');
      expect(plenary).toMatchObject({ collectiveId: 'collectif', name: 'Réunion du Collectif', isDefault: true });
      expect(others).toEqual([]);
      await store.createSeries({ id: 's1', collectiveId: 'collectif', name: 'Rencontres ministérielles', createdAt: '2026-01-02T00:00:00.000Z' });
      expect((await store.listSeries('collectif')).map((s) => [s.name, s.isDefault])).toEqual([
        ['Réunion du Collectif', true],
        ['Rencontres ministérielles', false],
      ]);
      expect(await store.getSeries('s1')).toMatchObject({ collectiveId: 'collectif', name: 'Rencontres ministérielles' });
      expect(await store.getSeries(plenary!.id)).toEqual(plenary);
      expect(await store.getSeries('missing')).toBeUndefined();
      const [otherPlenary, ...otherSeries] = await store.listSeries('autre');
      expect(otherPlenary!.id).not.toBe(plenary!.id);
      expect(otherSeries).toEqual([]);
    });

    it('M8: a document created without a series is in the plenary; with one, in that one', async () => {
      await store.createSeries({ id: 's1', collectiveId: 'collectif', name: 'Rencontres ministérielles', createdAt: '2026-01-02T00:00:00.000Z' });
      await store.create(record('plain'), Y.encodeStateAsUpdate(new Y.Doc()));
      await store.create({ ...record('ministry'), seriesId: 's1' }, Y.encodeStateAsUpdate(new Y.Doc()));
      const [plenary] = await store.listSeries('collectif');
      expect((await store.get('plain'))!.seriesId).toBe(plenary!.id);
      expect((await store.get('ministry'))!.seriesId).toBe('s1');
      expect(Object.fromEntries((await store.list('collectif')).map((r) => [r.id, r.seriesId]))).toEqual({ plain: plenary!.id, ministry: 's1' });
    });

    it('lists a collective’s documents, most recently updated first', async () => {
      await store.create(record('old', '2026-01-01T00:00:00.000Z'), Y.encodeStateAsUpdate(new Y.Doc()));
      await store.create(record('new', '2026-02-01T00:00:00.000Z'), Y.encodeStateAsUpdate(new Y.Doc()));
      await store.create({ ...record('other'), collectiveId: 'autre' }, Y.encodeStateAsUpdate(new Y.Doc()));
      expect((await store.list('collectif')).map((r) => r.id)).toEqual(['new', 'old']);
      expect((await store.list('autre')).map((r) => r.id)).toEqual(['other']);
    });

    it('updates the title and meeting date shown in the list', async () => {
      await store.create(record('a'), Y.encodeStateAsUpdate(new Y.Doc()));
      await store.updateSummary('a', { title: 'Nouveau titre', meetingDate: null });
      expect(await store.get('a')).toMatchObject({ title: 'Nouveau titre', meetingDate: null });
    });

    it('W4: a validated document refuses appends and compaction keeps its bytes', async () => {
      const author = new Y.Doc();
      await store.create(record('a'), Y.encodeStateAsUpdate(author));
      await store.append('a', [typeInto(author, 'adopté')]);
      const validation = { meetingDate: '2014-02-17', note: null, versionId: 'v1', validatedAt: 'x', validatedBy: 'u' };
      await store.setStatus('a', 'validated', validation);
      expect(await store.get('a')).toMatchObject({ status: 'validated', validation });
      const before = await store.load('a');
      const refused = typeInto(author, ' modifié');
      await expect(store.append('a', [refused])).rejects.toThrow(FrozenDocumentError);
      expect(await store.rewriteState('a', await foldNow('a'))).toBe(false);
      expect(await store.load('a')).toEqual(before);
      await store.setStatus('a', 'draft', null);
      await store.append('a', [refused]);
      expect((await rebuild('a')).getText('t').toString()).toBe('adopté modifié');
    });

    it('R29: a document starts at epoch 1; a validation and a bump raise it, a reopening does not; get and list read it', async () => {
      await store.create(record('a'), Y.encodeStateAsUpdate(new Y.Doc()));
      await store.create(record('b'), Y.encodeStateAsUpdate(new Y.Doc()));
      expect((await store.get('a'))!.epoch).toBe(1);
      expect(await store.bumpEpoch('a')).toBe(2);
      const validation = { meetingDate: '2014-02-17', note: null, versionId: 'v1', validatedAt: 'x', validatedBy: 'u' };
      await store.setStatus('a', 'validated', validation);
      expect((await store.get('a'))!.epoch).toBe(3);
      await store.setStatus('a', 'draft', null);
      expect((await store.get('a'))!.epoch).toBe(3);
      expect(Object.fromEntries((await store.list('collectif')).map((r) => [r.id, r.epoch]))).toEqual({ a: 3, b: 1 });
      await expect(store.bumpEpoch('missing')).rejects.toThrow();
    });

    it('deletes a document with its log', async () => {
      await store.create(record('a'), Y.encodeStateAsUpdate(new Y.Doc()));
      await store.append('a', [typeInto(new Y.Doc(), 'x')]);
      await store.delete('a');
      expect(await store.get('a')).toBeUndefined();
      expect(await store.load('a')).toBeUndefined();
      await expect(store.append('a', [typeInto(new Y.Doc(), 'y')])).rejects.toThrow();
    });

    it('returns undefined when loading an unknown document', async () => {
      expect(await store.load('missing')).toBeUndefined();
    });

    it('keeps the initial state and every appended update, in order', async () => {
      const author = new Y.Doc();
      author.getText('t').insert(0, 'Ordre du jour. ');
      await store.create(record('a'), Y.encodeStateAsUpdate(author));
      await store.append('a', [typeInto(author, 'Un. ')]);
      await store.append('a', [typeInto(author, 'Deux. '), typeInto(author, 'Trois.')]);
      expect((await rebuild('a')).getText('t').toString()).toBe('Ordre du jour. Un. Deux. Trois.');
      expect(await store.pendingUpdates('a')).toBe(3);
      const logged = await store.readLog('a', 0, 10);
      expect(await store.logExtent('a')).toEqual({ updates: 3, lastSeq: logged.at(-1)!.seq });
    });

    it('bumps updatedAt when updates are appended', async () => {
      await store.create(record('a'), Y.encodeStateAsUpdate(new Y.Doc()));
      await store.append('a', [typeInto(new Y.Doc(), 'x')]);
      expect((await store.get('a'))!.updatedAt > record('a').updatedAt).toBe(true);
    });

    it('refuses updates for an unknown document and stores nothing', async () => {
      await expect(store.append('missing', [typeInto(new Y.Doc(), 'x')])).rejects.toThrow();
      expect(await store.load('missing')).toBeUndefined();
    });

    it('S3, R12: a rewrite folds the log into the state without losing an update', async () => {
      const author = new Y.Doc();
      await store.create(record('a'), Y.encodeStateAsUpdate(author));
      expect(await store.readState('a')).toMatchObject({ version: 0, checked: true });
      for (let i = 0; i < 50; i++) await store.append('a', [typeInto(author, `${i},`)]);
      const before = (await rebuild('a')).getText('t').toString();
      expect(await store.rewriteState('a', await foldNow('a'))).toBe(true);
      expect(await store.pendingUpdates('a')).toBe(0);
      expect(await store.logExtent('a')).toEqual({ updates: 0, lastSeq: 0 });
      expect(await store.readLog('a', 0, 100)).toEqual([]);
      expect((await rebuild('a')).getText('t').toString()).toBe(before);
      const compacted = await store.readState('a');
      expect(compacted).toMatchObject({ version: 1, checked: true });
      expect(compacted!.stateVector).toEqual(Y.encodeStateVectorFromUpdate(compacted!.state!));
      await store.append('a', [typeInto(author, 'après')]);
      expect((await rebuild('a')).getText('t').toString()).toBe(`${before}après`);
      expect(await store.rewriteState('a', await foldNow('a'))).toBe(true);
      expect((await rebuild('a')).getText('t').toString()).toBe(`${before}après`);
    });

    it('reads the log in pages, in order; seqs only grow, across rewrites too', async () => {
      const author = new Y.Doc();
      await store.create(record('a'), Y.encodeStateAsUpdate(author));
      for (let i = 0; i < 5; i++) await store.append('a', [typeInto(author, String(i))]);
      const first = await store.readLog('a', 0, 3);
      const rest = await store.readLog('a', first.at(-1)!.seq, 3);
      expect([...first, ...rest].map((u) => u.seq)).toEqual([1, 2, 3, 4, 5]);
      expect(await store.rewriteState('a', await foldNow('a'))).toBe(true);
      await store.append('a', [typeInto(author, 'x')]);
      const [next] = await store.readLog('a', 0, 10);
      expect(next!.seq).toBeGreaterThan(5);
    });

    it('S3: append answers the seq of its last update; the head seq and the state’s throughSeq stay put across a rewrite', async () => {
      const author = new Y.Doc();
      await store.create(record('a'), Y.encodeStateAsUpdate(author));
      expect(await store.headSeq('a')).toBe(0);
      const first = await store.append('a', [typeInto(author, 'un '), typeInto(author, 'deux ')]);
      expect(first).toBe((await store.readLog('a', 0, 10)).at(-1)!.seq);
      expect(await store.headSeq('a')).toBe(first);
      expect(await store.rewriteState('a', await foldNow('a'))).toBe(true);
      // Folded into the state, the updates keep their positions: an instance that applied less reads from there.
      expect(await store.headSeq('a')).toBe(first);
      expect((await store.readState('a'))!.throughSeq).toBe(first);
      const next = await store.append('a', [typeInto(author, 'trois')]);
      expect(next).toBeGreaterThan(first);
      expect(await store.headSeq('a')).toBe(next);
      expect(await store.headSeq('missing')).toBe(0);
    });

    it('S3, R12: a rewrite built from a state that changed meanwhile writes nothing; updates appended meanwhile stay', async () => {
      const author = new Y.Doc();
      await store.create(record('a'), Y.encodeStateAsUpdate(author));
      await store.append('a', [typeInto(author, 'un ')]);
      const stale = await foldNow('a');
      // Typed while the rewrite was being built: after its `throughSeq`, so it stays.
      await store.append('a', [typeInto(author, 'deux ')]);
      const meanwhile = await foldNow('a');
      await store.append('a', [typeInto(author, 'trois')]);
      expect(await store.rewriteState('a', meanwhile)).toBe(true);
      expect(await store.pendingUpdates('a')).toBe(1);
      expect(await store.rewriteState('a', stale)).toBe(false);
      expect((await rebuild('a')).getText('t').toString()).toBe('un deux trois');
      expect(await store.pendingUpdates('a')).toBe(1);
    });

    it('R26: sets aside what a rewrite quarantines, and says when and how many', async () => {
      const author = new Y.Doc();
      await store.create(record('a'), Y.encodeStateAsUpdate(author));
      await store.append('a', [typeInto(author, 'gardé'), new Uint8Array([0, 1, 7])]);
      expect(await store.repairOf('a')).toBeUndefined();
      const [kept, bad] = await store.readLog('a', 0, 10);
      const doc = new Y.Doc({ gc: false });
      Y.applyUpdate(doc, kept!.data);
      const quarantined = [{ seq: bad!.seq, data: bad!.data, reason: 'not a Yjs update' }];
      const state = Y.encodeStateAsUpdate(doc);
      expect(await store.rewriteState('a', { version: 0, state, stateVector: Y.encodeStateVector(doc), throughSeq: bad!.seq, quarantined })).toBe(true);
      expect(await store.pendingUpdates('a')).toBe(0);
      expect((await rebuild('a')).getText('t').toString()).toBe('gardé');
      const repair = await store.repairOf('a');
      expect(repair?.updates).toBe(1);
      expect(Date.now() - Date.parse(repair!.at)).toBeLessThan(60_000);
    });

    it('L1: a letter body is stored and read with its kind, and never listed with the comptes-rendus', async () => {
      const author = new Y.Doc();
      await store.create(record('minutes'), Y.encodeStateAsUpdate(author));
      await store.create({ ...record('letter'), kind: 'letter' }, Y.encodeStateAsUpdate(author));
      expect((await store.get('letter'))?.kind).toBe('letter');
      expect((await store.get('minutes'))?.kind).toBeUndefined();
      expect((await store.list('collectif')).map((listed) => listed.id)).toEqual(['minutes']);
      await store.append('letter', [typeInto(author, 'Madame, Monsieur,')]);
      expect((await rebuild('letter')).getText('t').toString()).toBe('Madame, Monsieur,');
    });
  });
}
