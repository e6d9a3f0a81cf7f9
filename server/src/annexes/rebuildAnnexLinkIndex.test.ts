import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createMinutesSchema } from '../../../shared/api/minutes';
import { createLogger } from '../log';
import { createSqliteAccountStore } from '../storage/sqliteAccountStore';
import { createSqliteStore } from '../storage/sqliteStore';
import { seedMinutes } from '../storage/seedMinutes';
import { ANNEX_LINK_INDEX_VERSION } from './annexLinkIndex';
import { rebuildAnnexLinkIndex } from './rebuildAnnexLinkIndex';
import { createSqliteAnnexLinkIndex } from './sqliteAnnexLinkIndex';

const dir = mkdtempSync(join(tmpdir(), 'minutier-annex-links-rebuild-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const logger = createLogger('silent');
const scope = { collectiveId: 'collectif', sharedDocumentIds: [] };

const minutesAnnexing = (documentId: string) =>
  createMinutesSchema.parse({
    meta: { title: 'Réunion du Collectif', meetingDate: '2013-11-22' },
    content: {
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'Voir les annexes.' }] },
        {
          type: 'markedSection',
          attrs: { kind: 'annexes' },
          content: [
            { type: 'annex', attrs: { id: null, kind: 'file', annexId: 'lettre', documentId: '', label: 'Lettre de la ministre' } },
            { type: 'annex', attrs: { id: null, kind: 'minutes', documentId, annexId: '', label: 'Compte-rendu du 18 octobre 2013' } },
          ],
        },
      ],
    },
  });

/** A database as the code before the annex-link index made it: documents, and no index. */
async function databaseWithoutIndex(name: string) {
  const filename = join(dir, name);
  const store = createSqliteStore({ filename });
  const accounts = createSqliteAccountStore(filename);
  await accounts.createCollective({ id: 'collectif', name: 'Collectif' });
  const target = await seedMinutes(store, 'collectif', createMinutesSchema.parse({ meta: { title: 'Octobre', meetingDate: '2013-10-18' } }));
  const source = await seedMinutes(store, 'collectif', minutesAnnexing(target));
  return { filename, store, accounts, target, source };
}

describe('rebuildAnnexLinkIndex (SPEC N7)', () => {
  it('N7: builds the index of a database made without one at start-up, then has nothing left to do', async () => {
    const { filename, store, accounts, target, source } = await databaseWithoutIndex('no-index.sqlite');
    const annexLinks = createSqliteAnnexLinkIndex(filename);
    expect(await rebuildAnnexLinkIndex({ documents: store, accounts, annexLinks }, logger)).toBe(2);
    expect(await annexLinks.storedVersion()).toBe(ANNEX_LINK_INDEX_VERSION);
    expect(await annexLinks.annexedIn(scope, target)).toEqual([
      { documentId: source, title: 'Réunion du Collectif', meetingDate: '2013-11-22', annexNumber: 2 },
    ]);
    expect(await rebuildAnnexLinkIndex({ documents: store, accounts, annexLinks }, logger)).toBe(0);
    await Promise.all([annexLinks.close(), store.close(), accounts.close()]);
  });

  it('N7: empties and rebuilds everything when the stored index has another shape version', async () => {
    const { filename, store, accounts, target, source } = await databaseWithoutIndex('old-version.sqlite');
    const annexLinks = createSqliteAnnexLinkIndex(filename);
    await rebuildAnnexLinkIndex({ documents: store, accounts, annexLinks }, logger);
    // A link the documents do not hold: a rebuild must not keep it.
    await annexLinks.index({ id: 'disparu', collectiveId: 'collectif', title: 'Disparu', meetingDate: null, links: [{ annexNumber: 1, targetDocumentId: target }] });
    expect(await rebuildAnnexLinkIndex({ documents: store, accounts, annexLinks }, logger, ANNEX_LINK_INDEX_VERSION + 1)).toBe(2);
    expect(await annexLinks.storedVersion()).toBe(ANNEX_LINK_INDEX_VERSION + 1);
    expect((await annexLinks.annexedIn(scope, target)).map((entry) => entry.documentId)).toEqual([source]);
    await Promise.all([annexLinks.close(), store.close(), accounts.close()]);
  });
});
