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
import { ACTION_ITEM_INDEX_VERSION } from './actionItemIndex';
import { actionItemIndexingStore } from './actionItemIndexingStore';
import { rebuildActionItemIndex } from './rebuildActionItemIndex';
import { createSqliteActionItemIndex } from './sqliteActionItemIndex';

const dir = mkdtempSync(join(tmpdir(), 'minutier-action-rebuild-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const logger = createLogger('silent');
const scope = { collectiveId: 'collectif', sharedDocumentIds: [] };
const DEMO_ITEMS = 3;

/** A database as the code before the « À suivre » index made it: documents, and no index. */
async function databaseWithoutIndex(name: string) {
  const filename = join(dir, name);
  const store = createSqliteStore({ filename });
  const accounts = createSqliteAccountStore(filename);
  await accounts.createCollective({ id: 'collectif', name: 'Collectif' });
  const id = await seedMinutes(store, 'collectif', createMinutesSchema.parse(demo));
  return { filename, store, accounts, id };
}

describe('the « À suivre » index is derived data (SPEC T1)', () => {
  it('is built for a database made without it, then has nothing left to do; another shape version rebuilds it', async () => {
    const { filename, store, accounts } = await databaseWithoutIndex('no-index.sqlite');
    const actionItems = createSqliteActionItemIndex(filename);
    expect(await rebuildActionItemIndex({ documents: store, accounts, actionItems }, logger)).toBe(1);
    expect(await actionItems.storedVersion()).toBe(ACTION_ITEM_INDEX_VERSION);
    expect(await actionItems.copies(scope)).toHaveLength(DEMO_ITEMS);
    expect(await rebuildActionItemIndex({ documents: store, accounts, actionItems }, logger)).toBe(0);
    expect(await rebuildActionItemIndex({ documents: store, accounts, actionItems }, logger, ACTION_ITEM_INDEX_VERSION + 1)).toBe(1);
    expect(await actionItems.copies(scope)).toHaveLength(DEMO_ITEMS);
    await Promise.all([actionItems.close(), store.close(), accounts.close()]);
  });

  it('follows what the store creates and deletes', async () => {
    const { filename, store, accounts } = await databaseWithoutIndex('follow.sqlite');
    const actionItems = createSqliteActionItemIndex(filename);
    const indexing = actionItemIndexingStore(store, actionItems, logger);
    const id = await seedMinutes(indexing, 'collectif', createMinutesSchema.parse(demo));
    const copies = await actionItems.copies(scope);
    expect(copies.map((copy) => copy.document.id)).toEqual(Array(DEMO_ITEMS).fill(id));
    expect(copies.every((copy) => copy.item.text.length > 0 && copy.item.identity === `${id}#${copy.item.id}`)).toBe(true);
    await indexing.delete(id);
    expect(await actionItems.copies(scope)).toEqual([]);
    await Promise.all([actionItems.close(), store.close(), accounts.close()]);
  });
});
