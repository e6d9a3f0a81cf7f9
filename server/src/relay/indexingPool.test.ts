import { afterAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { demoMinutes } from '../../../shared/import/fixtures/demoMinutes';
import { writeMeta } from '../../../shared/model/meta';
import { writeParticipants } from '../../../shared/model/participants';
import { writeBodyContent } from '../../../shared/schema/bodyContent';
import type { DocumentRecord } from '../storage/documentStore';
import { type DerivedIndexName, readDerivedIndexes } from './derivedIndexReads';
import { createIndexingPool } from './indexingPool';

const record: DocumentRecord = {
  id: 'cr-1',
  collectiveId: 'collectif',
  seriesId: 'pleniere',
  title: 'Réunion du Collectif',
  meetingDate: '2013-11-22',
  createdAt: '2013-11-22T10:00:00.000Z',
  updatedAt: '2013-11-22T10:00:00.000Z',
  status: 'draft',
  validation: null,
  epoch: 1,
};
const names: DerivedIndexName[] = ['search', 'measures', 'actionItems', 'annexLinks'];

/** The demo compte-rendu, with its measure references and « À suivre » box. */
function demoDocument(): Y.Doc {
  const { meta, participants, content } = demoMinutes();
  const doc = new Y.Doc({ gc: false });
  writeMeta(doc, meta);
  writeParticipants(doc, participants);
  writeBodyContent(doc, content);
  return doc;
}

describe('the indexing worker (issue 21: reads off the event loop)', () => {
  const pool = createIndexingPool();
  afterAll(() => pool.close());

  it('Q4, X1, T1, N7: answers for each index exactly what the same functions read on the event loop', async () => {
    const doc = demoDocument();
    const state = Y.encodeStateAsUpdate(doc);
    const inline = readDerivedIndexes(record, doc, names);
    expect(inline.search?.passages.length).toBeGreaterThan(10);
    expect(inline.actionItems?.items.length).toBeGreaterThan(0);
    expect(inline.measures?.citations.length).toBeGreaterThan(0);
    expect(await pool.read({ record, state, names })).toEqual(inline);
    expect(Object.keys(await pool.read({ record, state, names: ['measures'] }))).toEqual(['measures']);
  });

  it('a state that does not load fails that read only; the next one is answered', async () => {
    await expect(pool.read({ record, state: new Uint8Array([1, 2, 3, 4, 5]), names })).rejects.toThrow();
    const answered = await pool.read({ record, state: Y.encodeStateAsUpdate(demoDocument()), names: ['search'] });
    expect(answered.search?.id).toBe('cr-1');
  });
});
