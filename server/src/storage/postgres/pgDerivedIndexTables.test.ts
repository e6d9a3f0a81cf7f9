import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type pg from 'pg';
import type { Passage } from '../../search/documentPassages';
import { createPgSearchIndex } from '../../search/pgSearchIndex';
import type { IndexedDocument, SearchIndex } from '../../search/searchIndex';
import { watchEventLoop } from '../../testing/eventLoopBlocking';
import { type PgTestSchema, createPgTestSchema } from '../../testing/pgTestSchema';
import { migrate } from './migrate';
import { derivedIndexesMigration } from './migrations/005_derived_indexes';
import { openPgPool } from './pgPool';

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

describe('PostgreSQL derived index writes (SPEC Q4, Q3; one transaction per document)', () => {
  let schema: PgTestSchema;
  let pools: pg.Pool[];
  /** One server instance: its own pool and index on the shared database. */
  const instance = () => {
    const pool = openPgPool(schema.url, 4);
    pools.push(pool);
    return createPgSearchIndex(pool);
  };
  let index: SearchIndex;
  beforeEach(async () => {
    schema = await createPgTestSchema();
    pools = [];
    index = instance();
    await migrate(pools[0]!, [derivedIndexesMigration]);
  });
  afterEach(async () => {
    for (const pool of pools) await pool.end();
    await schema.drop();
  });

  const rows = async () => Number((await pools[0]!.query("SELECT COUNT(*) AS n FROM search_passages WHERE document_id = 'long'")).rows[0].n);
  /** The passages a search could read, by version, in one snapshot. */
  const versionsShown = async () => {
    const { rows: [row] } = await pools[0]!.query(
      `SELECT COUNT(*) FILTER (WHERE p.text LIKE '%premier%') AS premier, COUNT(*) FILTER (WHERE p.text LIKE '%second%') AS second
       FROM search_passages p JOIN search_documents d ON d.document_id = p.document_id`,
    );
    return [Number(row.premier), Number(row.second)];
  };
  const hits = async (text: string, on = index) => (await on.search({ text, scope, filters: {}, limit: 50 })).length;

  it('Q4: a document of 5,000 passages is written without holding the event loop, and shows whole or not at all', async () => {
    await index.index(longDocument('premier', 3_000));
    const loop = watchEventLoop();
    let done = false;
    const second = index.index(longDocument('second')).finally(() => (done = true));
    const seen = new Set<string>();
    while (!done) seen.add(JSON.stringify(await versionsShown()));
    await second;
    const { maxHeldMs } = loop.stop();
    // Every read saw the old rows or the new ones, all of them, never a mix or nothing.
    expect([...seen].every((shown) => ['[3000,0]', '[0,5000]'].includes(shown))).toBe(true);
    expect(await hits('premier')).toBe(0);
    expect(await hits('"Paragraphe 4999" second')).toBe(1);
    expect(await rows()).toBe(PARAGRAPHS);
    expect(maxHeldMs).toBeLessThan(60);
  });

  it('Q4: a newer indexing that starts while an older one writes wins, and the older one writes nothing more', async () => {
    const older = index.index(longDocument('ancien'));
    const newer = index.index(longDocument('nouveau', 10));
    await Promise.all([older, newer]);
    expect(await hits('ancien')).toBe(0);
    expect(await hits('nouveau')).toBe(10);
    expect(await rows()).toBe(10);
  });

  it('Q4: of indexings started one after the other, the last one is kept, whichever reaches PostgreSQL first', async () => {
    for (let round = 0; round < 10; round++) {
      await Promise.all(Array.from({ length: 6 }, (_, version) => index.index(longDocument(`version${version}x`, 1 + version))));
      expect(await hits('version5x')).toBe(6);
      expect(await rows()).toBe(6);
    }
  });

  it('Q4: a document deleted while it is written stays forgotten, its rows gone', async () => {
    await index.index(longDocument('avant'));
    const late = index.index(longDocument('tardif'));
    const removed = index.remove('long');
    await Promise.all([late, removed]);
    expect(await hits('avant')).toBe(0);
    expect(await hits('tardif')).toBe(0);
    expect(await index.indexedDocumentIds()).toEqual(new Set());
    expect(await rows()).toBe(0);
  });

  it('Q4: two instances indexing the same document together leave one whole version of it, never both', async () => {
    const other = instance();
    await Promise.all([index.index(longDocument('alpha', 2_000)), other.index(longDocument('beta', 2_000))]);
    expect(await rows()).toBe(2_000);
    expect([await hits('alpha', other), await hits('beta', other)].sort()).toEqual([0, 50]);
  });

  it('Q3: a reset while a document is written leaves the index empty at the new version', async () => {
    const writing = index.index(longDocument('pendant'));
    // Let the write reach PostgreSQL before the reset.
    await new Promise((resolve) => setTimeout(resolve, 20));
    await Promise.all([writing, index.reset(9)]);
    expect(await index.storedVersion()).toBe(9);
    expect(await index.indexedDocumentIds()).toEqual(new Set());
    expect(await rows()).toBe(0);
  });

  it('S1: indexes of another instance read what this one wrote, and their versions are shared', async () => {
    const other = instance();
    await index.reset(2);
    await index.index(longDocument('partage', 3));
    expect(await other.storedVersion()).toBe(2);
    expect(await other.indexedDocumentIds()).toEqual(new Set(['long']));
    expect(await hits('partage', other)).toBe(3);
  });

  it('a passage holding a NUL character, which PostgreSQL text cannot, is indexed without it', async () => {
    const document = longDocument('nul', 1);
    document.passages[0]!.text = 'avant\u0000après';
    await index.index(document);
    expect((await index.search({ text: 'avantapres', scope, filters: {}, limit: 5 }))[0]?.excerpt).toBe('avantaprès');
  });
});
