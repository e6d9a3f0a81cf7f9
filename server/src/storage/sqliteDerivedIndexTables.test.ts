import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Passage } from '../search/documentPassages';
import type { IndexedDocument, SearchIndex } from '../search/searchIndex';
import { createSqliteSearchIndex } from '../search/sqliteSearchIndex';
import { createSqliteActionItemIndex } from '../actionItems/sqliteActionItemIndex';
import { watchEventLoop } from '../testing/eventLoopBlocking';

const dir = mkdtempSync(join(tmpdir(), 'minutier-sliced-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;

const PARAGRAPHS = 5_000;
const scope = { collectiveId: 'collectif', sharedDocumentIds: [] };

function longDocument(word: string, paragraphs = PARAGRAPHS): IndexedDocument {
  const passages = Array.from(
    { length: paragraphs },
    (_, i): Passage => ({
      kind: 'paragraph',
      blockId: `n${i}`,
      section: null,
      organisation: null,
      person: null,
      text: `Paragraphe ${i} : ${word} et la lutte contre la traite des êtres humains, avec les préfectures de la région.`,
    }),
  );
  return { id: 'long', collectiveId: 'collectif', seriesId: 'pleniere', title: 'Réunion', meetingDate: '2013-11-22', status: 'draft', passages };
}

/** Waits for `turns` turns of the event loop: a sliced write moves on one slice per turn. */
async function turnsOfTheLoop(turns: number): Promise<void> {
  for (let i = 0; i < turns; i++) await new Promise((resolve) => setImmediate(resolve));
}

describe('derived index writes in slices (issue 21: no stall from indexing)', () => {
  let filename: string;
  let index: SearchIndex;
  let db: Database.Database;
  beforeEach(() => {
    filename = join(dir, `search-${n++}.sqlite`);
    index = createSqliteSearchIndex(filename);
    db = new Database(filename, { readonly: true });
  });
  afterEach(async () => {
    db.close();
    await index.close();
  });

  const rows = () => (db.prepare("SELECT COUNT(*) AS n FROM search_passage_rows WHERE document_id = 'long'").get() as { n: number }).n;
  const hits = async (text: string) => (await index.search({ text, scope, filters: {}, limit: 50 })).length;

  it('Q4: a document of 5,000 passages is written without holding the event loop, and shows whole or not at all', async () => {
    const loop = watchEventLoop();
    const first = index.index(longDocument('premier'));
    // Part of the new rows are written, none shows yet: the document's row comes last.
    await turnsOfTheLoop(2);
    expect(rows()).toBeGreaterThan(0);
    expect(rows()).toBeLessThan(PARAGRAPHS);
    expect(await hits('premier')).toBe(0);
    await first;
    const { maxHeldMs } = loop.stop();
    expect(await hits('"Paragraphe 4999"')).toBe(1);
    expect(rows()).toBe(PARAGRAPHS);

    const loopAgain = watchEventLoop();
    const second = index.index(longDocument('second'));
    // Until the new rows show, the old ones answer, all of them.
    await turnsOfTheLoop(2);
    expect(await hits('premier')).toBe(50);
    expect(await hits('second')).toBe(0);
    await second;
    const again = loopAgain.stop();
    expect(await hits('premier')).toBe(0);
    expect(await hits('"Paragraphe 4999" second')).toBe(1);
    // The old rows are gone, not only hidden.
    expect(rows()).toBe(PARAGRAPHS);
    // Writing them in one transaction held the loop 250–320 ms on this machine's kind.
    expect(Math.max(maxHeldMs, again.maxHeldMs)).toBeLessThan(60);
  });

  it('Q4: a newer indexing that starts while an older one writes wins, and the older one writes nothing more', async () => {
    const older = index.index(longDocument('ancien'));
    await turnsOfTheLoop(2);
    const newer = index.index(longDocument('nouveau', 10));
    await Promise.all([older, newer]);
    expect(await hits('ancien')).toBe(0);
    expect(await hits('nouveau')).toBe(10);
    expect(rows()).toBe(10);
  });

  it('Q4: a document deleted while it is written stays forgotten, its rows gone', async () => {
    await index.index(longDocument('avant'));
    const late = index.index(longDocument('tardif'));
    await turnsOfTheLoop(2);
    const removed = index.remove('long');
    expect(await hits('avant')).toBe(0);
    await Promise.all([late, removed]);
    expect(await hits('tardif')).toBe(0);
    expect(await index.indexedDocumentIds()).toEqual(new Set());
    expect(rows()).toBe(0);
  });

  it('Q3: an index written before generations is dropped at open, leaving no version, so the start-up rebuild fills it', async () => {
    const older = join(dir, `action-items-${n++}.sqlite`);
    const setup = new Database(older);
    setup.exec(`CREATE TABLE action_item_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
      INSERT INTO action_item_meta (key, value) VALUES ('version', '1');
      CREATE TABLE action_item_documents (document_id TEXT PRIMARY KEY, collective_id TEXT NOT NULL, series_id TEXT NOT NULL,
        title TEXT NOT NULL, meeting_date TEXT, created_at TEXT NOT NULL, status TEXT NOT NULL);
      CREATE TABLE action_item_rows (document_id TEXT NOT NULL, position INTEGER NOT NULL, item_id TEXT NOT NULL, identity TEXT NOT NULL,
        origin_document TEXT NOT NULL, text TEXT NOT NULL, owners TEXT NOT NULL, due TEXT NOT NULL, status TEXT NOT NULL,
        PRIMARY KEY (document_id, position));
      INSERT INTO action_item_documents VALUES ('a', 'collectif', 'pleniere', 'Réunion', NULL, '2013-11-22', 'draft');`);
    setup.close();
    const actionItems = createSqliteActionItemIndex(older);
    try {
      expect(await actionItems.storedVersion()).toBeUndefined();
      expect(await actionItems.indexedDocumentIds()).toEqual(new Set());
    } finally {
      await actionItems.close();
    }
  });
});
