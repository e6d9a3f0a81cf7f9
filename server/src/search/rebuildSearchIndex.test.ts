import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createMinutesSchema } from '../../../shared/api/minutes';
import demo from '../demo/compte-rendu-2013-11-22.json';
import { createLogger } from '../log';
import { createSqliteAccountStore } from '../storage/sqliteAccountStore';
import { createSqliteStore } from '../storage/sqliteStore';
import { seedMinutes } from '../storage/seedMinutes';
import { rebuildSearchIndex } from './rebuildSearchIndex';
import { SEARCH_INDEX_VERSION } from './searchIndex';
import { createSqliteSearchIndex } from './sqliteSearchIndex';

const dir = mkdtempSync(join(tmpdir(), 'minutier-rebuild-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const logger = createLogger('silent');
const scope = { collectiveId: 'collectif', sharedDocumentIds: [] };

/** A database as the code before search made it: documents, and no index. */
async function databaseWithoutIndex(name: string, documents: number) {
  const filename = join(dir, name);
  const store = createSqliteStore({ filename });
  const accounts = createSqliteAccountStore(filename);
  await accounts.createCollective({ id: 'collectif', name: 'Collectif' });
  for (let n = 0; n < documents; n++) await seedMinutes(store, 'collectif', createMinutesSchema.parse(demo));
  return { filename, store, accounts };
}

describe('rebuildSearchIndex (SPEC Q3)', () => {
  it('builds the index of a database made without one, then has nothing left to do', async () => {
    const { filename, store, accounts } = await databaseWithoutIndex('no-index.sqlite', 2);
    const search = createSqliteSearchIndex(filename);
    expect(await rebuildSearchIndex({ documents: store, accounts, search }, logger)).toBe(2);
    expect(await search.storedVersion()).toBe(SEARCH_INDEX_VERSION);
    const results = await search.search({ text: 'etres humains', scope, filters: {}, limit: 50 });
    expect(new Set(results.map((r) => r.documentId)).size).toBe(2);
    expect(await rebuildSearchIndex({ documents: store, accounts, search }, logger)).toBe(0);
    await Promise.all([search.close(), store.close(), accounts.close()]);
  });

  it('rebuilds everything when the stored index has another shape version', async () => {
    const { filename, store, accounts } = await databaseWithoutIndex('old-version.sqlite', 2);
    const search = createSqliteSearchIndex(filename);
    await rebuildSearchIndex({ documents: store, accounts, search }, logger);
    expect(await rebuildSearchIndex({ documents: store, accounts, search }, logger, SEARCH_INDEX_VERSION + 1)).toBe(2);
    expect(await search.storedVersion()).toBe(SEARCH_INDEX_VERSION + 1);
    await Promise.all([search.close(), store.close(), accounts.close()]);
  });

  it('lets the event loop run while it builds (R25)', async () => {
    const { filename, store, accounts } = await databaseWithoutIndex('slices.sqlite', 20);
    const search = createSqliteSearchIndex(filename);
    let turns = 0;
    let running = true;
    const tick = () => {
      turns++;
      if (running) setImmediate(tick);
    };
    setImmediate(tick);
    const started = turns;
    await rebuildSearchIndex({ documents: store, accounts, search }, logger);
    running = false;
    expect(turns - started).toBeGreaterThan(1);
    await Promise.all([search.close(), store.close(), accounts.close()]);
  });
});
