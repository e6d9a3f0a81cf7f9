import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { type DocumentRecord, type DocumentStore, FrozenDocumentError } from './documentStore';

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

    const record = (id: string, updatedAt = '2026-01-01T00:00:00.000Z'): DocumentRecord => ({
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
      expect(await store.get('a')).toEqual(record('a'));
      expect(await store.get('missing')).toBeUndefined();
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
      await store.compact('a', Y.mergeUpdates);
      expect(await store.load('a')).toEqual(before);
      await store.setStatus('a', 'draft', null);
      await store.append('a', [refused]);
      expect((await rebuild('a')).getText('t').toString()).toBe('adopté modifié');
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

    it('compaction folds the log into the state without losing an update', async () => {
      const author = new Y.Doc();
      await store.create(record('a'), Y.encodeStateAsUpdate(author));
      for (let i = 0; i < 50; i++) await store.append('a', [typeInto(author, `${i},`)]);
      const before = (await rebuild('a')).getText('t').toString();
      await store.compact('a', Y.mergeUpdates);
      expect(await store.pendingUpdates('a')).toBe(0);
      expect((await rebuild('a')).getText('t').toString()).toBe(before);
      const compacted = await store.load('a');
      expect(compacted!.stateVector).toEqual(Y.encodeStateVectorFromUpdate(compacted!.state!));
      await store.append('a', [typeInto(author, 'après')]);
      expect((await rebuild('a')).getText('t').toString()).toBe(`${before}après`);
      await store.compact('a', Y.mergeUpdates);
      expect((await rebuild('a')).getText('t').toString()).toBe(`${before}après`);
    });

    it('a failing merge leaves the log untouched', async () => {
      const author = new Y.Doc();
      await store.create(record('a'), Y.encodeStateAsUpdate(author));
      await store.append('a', [typeInto(author, 'gardé')]);
      await expect(
        store.compact('a', () => {
          throw new Error('merge failed');
        }),
      ).rejects.toThrow('merge failed');
      expect(await store.pendingUpdates('a')).toBe(1);
      expect((await rebuild('a')).getText('t').toString()).toBe('gardé');
    });
  });
}
