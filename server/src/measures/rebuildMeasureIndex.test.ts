import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createMinutesSchema } from '../../../shared/api/minutes';
import { createLogger } from '../log';
import { createSqliteAccountStore } from '../storage/sqliteAccountStore';
import { createSqliteStore } from '../storage/sqliteStore';
import { seedMinutes } from '../storage/seedMinutes';
import { MEASURE_INDEX_VERSION } from './measureIndex';
import { rebuildMeasureIndex } from './rebuildMeasureIndex';
import { createSqliteMeasureIndex } from './sqliteMeasureIndex';

const dir = mkdtempSync(join(tmpdir(), 'minutier-measures-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const logger = createLogger('silent');
const scope = { collectiveId: 'collectif', sharedDocumentIds: [] };
const minutes = createMinutesSchema.parse({
  meta: { title: 'Réunion du Collectif', meetingDate: '2013-11-22' },
  content: {
    type: 'doc',
    content: [{ type: 'paragraph', content: [{ type: 'text', text: 'La ' }, { type: 'measureRef', attrs: { plan: 'pan', number: 22, item: '' } }, { type: 'text', text: '.' }] }],
  },
});

/** A database as the code before the measure index made it: documents, and no index. */
async function databaseWithoutIndex(name: string, documents: number) {
  const filename = join(dir, name);
  const store = createSqliteStore({ filename });
  const accounts = createSqliteAccountStore(filename);
  await accounts.createCollective({ id: 'collectif', name: 'Collectif' });
  for (let n = 0; n < documents; n++) await seedMinutes(store, 'collectif', minutes);
  return { filename, store, accounts };
}

describe('rebuildMeasureIndex (SPEC X3)', () => {
  it('builds the index of a database made without one, then has nothing left to do', async () => {
    const { filename, store, accounts } = await databaseWithoutIndex('no-index.sqlite', 2);
    const measures = createSqliteMeasureIndex(filename);
    expect(await rebuildMeasureIndex({ documents: store, accounts, measures }, logger)).toBe(2);
    expect(await measures.storedVersion()).toBe(MEASURE_INDEX_VERSION);
    expect(await measures.counts(scope, 'pan')).toEqual([{ number: 22, passages: 2, documents: 2 }]);
    expect(await rebuildMeasureIndex({ documents: store, accounts, measures }, logger)).toBe(0);
    await Promise.all([measures.close(), store.close(), accounts.close()]);
  });

  it('X3: empties and rebuilds everything when the stored index has another shape version', async () => {
    const { filename, store, accounts } = await databaseWithoutIndex('old-version.sqlite', 2);
    const measures = createSqliteMeasureIndex(filename);
    await rebuildMeasureIndex({ documents: store, accounts, measures }, logger);
    // A citation the documents do not hold: a rebuild must not keep it.
    await measures.index({ id: 'disparu', collectiveId: 'collectif', title: 'Disparu', meetingDate: null, status: 'draft', citations: [] });
    expect(await rebuildMeasureIndex({ documents: store, accounts, measures }, logger, MEASURE_INDEX_VERSION + 1)).toBe(2);
    expect(await measures.storedVersion()).toBe(MEASURE_INDEX_VERSION + 1);
    expect((await measures.indexedDocumentIds()).has('disparu')).toBe(false);
    expect(await measures.counts(scope, 'pan')).toEqual([{ number: 22, passages: 2, documents: 2 }]);
    await Promise.all([measures.close(), store.close(), accounts.close()]);
  });
});
