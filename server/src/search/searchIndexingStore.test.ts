import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createMinutesSchema } from '../../../shared/api/minutes';
import { createLogger } from '../log';
import { createSqliteStore } from '../storage/sqliteStore';
import { seedMinutes } from '../storage/seedMinutes';
import type { DocumentStore } from '../storage/documentStore';
import type { SearchIndex } from './searchIndex';
import { searchIndexingStore } from './searchIndexingStore';
import { createSqliteSearchIndex } from './sqliteSearchIndex';

const dir = mkdtempSync(join(tmpdir(), 'minutier-indexing-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const logger = createLogger('silent');
const scope = { collectiveId: 'collectif', sharedDocumentIds: [] };
const request = createMinutesSchema.parse({
  meta: { title: 'Réunion du Collectif', meetingDate: '2013-11-22' },
  content: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Les Préfectures de la région.' }] }] },
});

describe('searchIndexingStore', () => {
  it('indexes a created document, follows its status, forgets it once deleted', async () => {
    const filename = join(dir, 'follow.sqlite');
    const search = createSqliteSearchIndex(filename);
    const plain = createSqliteStore({ filename });
    const store = searchIndexingStore(plain, search, logger);
    const find = () => search.search({ text: 'prefecture', scope, filters: {}, limit: 50 });
    const id = await seedMinutes(store, 'collectif', request);
    expect(await find()).toMatchObject([{ documentId: id, status: 'draft', title: 'Réunion du Collectif', meetingDate: '2013-11-22' }]);
    await store.setStatus(id, 'review', null);
    expect(await find()).toMatchObject([{ documentId: id, status: 'review' }]);
    await store.delete(id);
    expect(await find()).toEqual([]);
    await Promise.all([search.close(), plain.close()]);
  });

  it('passes every other method through, own or inherited', async () => {
    const filename = join(dir, 'through.sqlite');
    const search = createSqliteSearchIndex(filename);
    const plain = createSqliteStore({ filename });
    const inherited = Object.create(plain) as DocumentStore;
    const store = searchIndexingStore(inherited, search, logger);
    const id = await seedMinutes(store, 'collectif', request);
    expect((await store.list('collectif')).map((record) => record.id)).toEqual([id]);
    expect(await store.pendingUpdates(id)).toBe(0);
    await Promise.all([search.close(), plain.close()]);
  });

  it('never fails a write because the index failed', async () => {
    const filename = join(dir, 'failing.sqlite');
    const plain = createSqliteStore({ filename });
    const broken = { index: () => Promise.reject(new Error('disque plein')), remove: () => Promise.reject(new Error('disque plein')) } as unknown as SearchIndex;
    const store = searchIndexingStore(plain, broken, logger);
    const id = await seedMinutes(store, 'collectif', request);
    expect(await plain.get(id)).toBeDefined();
    await store.delete(id);
    expect(await plain.get(id)).toBeUndefined();
    await plain.close();
  });
});
