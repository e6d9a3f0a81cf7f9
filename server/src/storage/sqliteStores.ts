import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createSqliteActionItemIndex } from '../actionItems/sqliteActionItemIndex';
import { createSqliteAnnexLinkIndex } from '../annexes/sqliteAnnexLinkIndex';
import type { Config } from '../config';
import type { Logger } from '../log';
import { createSqliteMeasureIndex } from '../measures/sqliteMeasureIndex';
import { createSqliteSearchIndex } from '../search/sqliteSearchIndex';
import { createFsBlobStore } from './fsBlobStore';
import { indexedDocuments } from './indexedDocuments';
import type { ServerStores } from './serverStores';
import { createSqliteAccountStore } from './sqliteAccountStore';
import { createSqliteAnnexStore } from './sqliteAnnexStore';
import { createSqliteAuditLog } from './sqliteAuditLog';
import { createSqliteCommentStore } from './sqliteCommentStore';
import { createSqliteCredentialStore } from './sqliteCredentialStore';
import { createSqliteExportSettingsStore } from './sqliteExportSettingsStore';
import { createSqliteIdempotencyStore } from './sqliteIdempotencyStore';
import { createSqliteLetterStore } from './sqliteLetterStore';
import { createSqliteLetterTemplateStore } from './sqliteLetterTemplateStore';
import { createSqlitePlanStore } from './sqlitePlanStore';
import { createSqliteReviewSettingsStore } from './sqliteReviewSettingsStore';
import { createSqliteReviewStore } from './sqliteReviewStore';
import { createSqliteSendingStore } from './sqliteSendingStore';
import { createSqliteStore } from './sqliteStore';

/** The embedded default: one SQLite file in `DATA_DIR`, annex files beside it. */
export function openSqliteStores(config: Pick<Config, 'dataDir' | 'sqliteSynchronous'>, logger: Logger): ServerStores {
  mkdirSync(config.dataDir, { recursive: true });
  const file = join(config.dataDir, 'minutier.sqlite');
  const indexes = {
    search: createSqliteSearchIndex(file),
    measures: createSqliteMeasureIndex(file),
    actionItems: createSqliteActionItemIndex(file),
    annexLinks: createSqliteAnnexLinkIndex(file),
  };
  const stores = {
    documents: indexedDocuments(createSqliteStore({ filename: file, synchronous: config.sqliteSynchronous }), indexes, logger),
    accounts: createSqliteAccountStore(file),
    credentials: createSqliteCredentialStore(file),
    audit: createSqliteAuditLog(file),
    plans: createSqlitePlanStore(file),
    review: createSqliteReviewStore(file),
    exportSettings: createSqliteExportSettingsStore(file),
    reviewSettings: createSqliteReviewSettingsStore(file),
    comments: createSqliteCommentStore(file),
    idempotency: createSqliteIdempotencyStore(file),
    annexes: createSqliteAnnexStore(file),
    sendings: createSqliteSendingStore(file),
    letters: createSqliteLetterStore(file),
    letterTemplates: createSqliteLetterTemplateStore(file),
    // Annex files beside the database, never in it nor in the CRDT (N1).
    blobs: createFsBlobStore(join(config.dataDir, 'annexes')),
    ...indexes,
  };
  return {
    ...stores,
    // One SQLite file has one server: nobody to take turns with.
    oneAtATime: (_name, work) => work(),
    async close() {
      for (const store of Object.values(stores)) await store.close();
    },
  };
}
