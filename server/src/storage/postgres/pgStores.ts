import { join } from 'node:path';
import { createPgActionItemIndex } from '../../actionItems/pgActionItemIndex';
import { createPgAnnexLinkIndex } from '../../annexes/pgAnnexLinkIndex';
import type { Config } from '../../config';
import type { Logger } from '../../log';
import { createPgMeasureIndex } from '../../measures/pgMeasureIndex';
import { createPgSearchIndex } from '../../search/pgSearchIndex';
import { createFsBlobStore } from '../fsBlobStore';
import { indexedDocuments } from '../indexedDocuments';
import type { ServerStores } from '../serverStores';
import { underLock } from './advisoryLock';
import { migrate } from './migrate';
import { pgMigrations } from './migrations/pgMigrations';
import { createPgAccountStore } from './pgAccountStore';
import { createPgAnnexStore } from './pgAnnexStore';
import { createPgAuditLog } from './pgAuditLog';
import { createPgCommentStore } from './pgCommentStore';
import { createPgCredentialStore } from './pgCredentialStore';
import { createPgDocumentStore } from './pgDocumentStore';
import { createPgExportSettingsStore } from './pgExportSettingsStore';
import { createPgIdempotencyStore } from './pgIdempotencyStore';
import { createPgLetterStore } from './pgLetterStore';
import { createPgLetterTemplateStore } from './pgLetterTemplateStore';
import { createPgPlanStore } from './pgPlanStore';
import { openPgPool } from './pgPool';
import { createPgReviewSettingsStore } from './pgReviewSettingsStore';
import { createPgReviewStore } from './pgReviewStore';
import { createPgSendingStore } from './pgSendingStore';

/**
 * PostgreSQL, which several instances share (issue 18): one pool for every store, the
 * schema brought up to date first under an advisory lock (S4). Annex files stay in
 * `DATA_DIR` (a directory the instances share).
 */
export async function openPgStores(
  url: string,
  config: Pick<Config, 'dataDir' | 'databaseSynchronousCommit'>,
  logger: Logger,
): Promise<ServerStores> {
  const pool = openPgPool(url, 10, config.databaseSynchronousCommit);
  try {
    const applied = await migrate(pool, pgMigrations);
    if (applied.length > 0) logger.info('storage.migrated', { migrations: applied.join(', ') });
  } catch (error) {
    await pool.end();
    throw error;
  }
  const indexes = {
    search: createPgSearchIndex(pool),
    measures: createPgMeasureIndex(pool),
    actionItems: createPgActionItemIndex(pool),
    annexLinks: createPgAnnexLinkIndex(pool),
  };
  const stores = {
    documents: indexedDocuments(createPgDocumentStore(pool), indexes, logger),
    accounts: createPgAccountStore(pool),
    credentials: createPgCredentialStore(pool),
    audit: createPgAuditLog(pool),
    plans: createPgPlanStore(pool),
    review: createPgReviewStore(pool),
    exportSettings: createPgExportSettingsStore(pool),
    reviewSettings: createPgReviewSettingsStore(pool),
    comments: createPgCommentStore(pool),
    idempotency: createPgIdempotencyStore(pool),
    annexes: createPgAnnexStore(pool),
    sendings: createPgSendingStore(pool),
    letters: createPgLetterStore(pool),
    letterTemplates: createPgLetterTemplateStore(pool),
    blobs: createFsBlobStore(join(config.dataDir, 'annexes')),
    ...indexes,
  };
  return {
    ...stores,
    oneAtATime: (name, work) => underLock(pool, `minutier:${name}`, work),
    async close() {
      for (const store of Object.values(stores)) await store.close();
      await pool.end();
    },
  };
}
