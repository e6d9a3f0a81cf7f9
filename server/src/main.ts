import { mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { createApp } from './app';
import { LINK_PAGES } from './auth/linkUrl';
import { bootstrap } from './bootstrap';
import { loadConfig } from './config';
import { createLogger } from './log';
import { createSmtpMailer } from './mail/smtpMailer';
import { createSqliteAccountStore } from './storage/sqliteAccountStore';
import { createSqliteAnnexStore } from './storage/sqliteAnnexStore';
import { createSqliteSendingStore } from './storage/sqliteSendingStore';
import { createSqliteLetterStore } from './storage/sqliteLetterStore';
import { createSqliteLetterTemplateStore } from './storage/sqliteLetterTemplateStore';
import { createFsBlobStore } from './storage/fsBlobStore';
import { createSqliteAuditLog } from './storage/sqliteAuditLog';
import { createSqliteCommentStore } from './storage/sqliteCommentStore';
import { createSqliteCredentialStore } from './storage/sqliteCredentialStore';
import { createPdfPrinter } from './export/renderPdf';
import { createSqliteExportSettingsStore } from './storage/sqliteExportSettingsStore';
import { createSqlitePlanStore } from './storage/sqlitePlanStore';
import { createSqliteReviewStore } from './storage/sqliteReviewStore';
import { createSqliteReviewSettingsStore } from './storage/sqliteReviewSettingsStore';
import { createSqliteStore } from './storage/sqliteStore';
import { createSqliteIdempotencyStore } from './storage/sqliteIdempotencyStore';
import { rebuildSearchIndex } from './search/rebuildSearchIndex';
import { searchIndexingStore } from './search/searchIndexingStore';
import { createSqliteSearchIndex } from './search/sqliteSearchIndex';
import { measureIndexingStore } from './measures/measureIndexingStore';
import { rebuildMeasureIndex } from './measures/rebuildMeasureIndex';
import { createSqliteMeasureIndex } from './measures/sqliteMeasureIndex';
import { actionItemIndexingStore } from './actionItems/actionItemIndexingStore';
import { rebuildActionItemIndex } from './actionItems/rebuildActionItemIndex';
import { createSqliteActionItemIndex } from './actionItems/sqliteActionItemIndex';
import { annexLinkIndexingStore } from './annexes/annexLinkIndexingStore';
import { rebuildAnnexLinkIndex } from './annexes/rebuildAnnexLinkIndex';
import { createSqliteAnnexLinkIndex } from './annexes/sqliteAnnexLinkIndex';

const config = loadConfig();
const logger = createLogger(config.logLevel);
// Every write chain contains its own failures (R24); this is the net under them: a
// forgotten rejection is logged as the bug it is, instead of ending every connection.
process.on('unhandledRejection', (reason) => logger.error('process.unhandled_rejection', { reason: String(reason) }));

mkdirSync(config.dataDir, { recursive: true });
const databaseFile = join(config.dataDir, 'minutier.sqlite');
const search = createSqliteSearchIndex(databaseFile);
const measures = createSqliteMeasureIndex(databaseFile);
const actionItems = createSqliteActionItemIndex(databaseFile);
const annexLinks = createSqliteAnnexLinkIndex(databaseFile);
const stores = {
  documents: annexLinkIndexingStore(
    measureIndexingStore(
      actionItemIndexingStore(
        searchIndexingStore(createSqliteStore({ filename: databaseFile, synchronous: config.sqliteSynchronous }), search, logger),
        actionItems,
        logger,
      ),
      measures,
      logger,
    ),
    annexLinks,
    logger,
  ),
  accounts: createSqliteAccountStore(databaseFile),
  credentials: createSqliteCredentialStore(databaseFile),
  audit: createSqliteAuditLog(databaseFile),
  plans: createSqlitePlanStore(databaseFile),
  review: createSqliteReviewStore(databaseFile),
  exportSettings: createSqliteExportSettingsStore(databaseFile),
  reviewSettings: createSqliteReviewSettingsStore(databaseFile),
  comments: createSqliteCommentStore(databaseFile),
  idempotency: createSqliteIdempotencyStore(databaseFile),
  annexes: createSqliteAnnexStore(databaseFile),
  sendings: createSqliteSendingStore(databaseFile),
  letters: createSqliteLetterStore(databaseFile),
  letterTemplates: createSqliteLetterTemplateStore(databaseFile),
  // Annex files beside the database, never in it nor in the CRDT (N1).
  blobs: createFsBlobStore(join(config.dataDir, 'annexes')),
  search,
  measures,
  actionItems,
  annexLinks,
};
const pdf = createPdfPrinter();
const { setupSecret } = await bootstrap(stores, { demoContent: config.demoContent, admin: config.admin }, logger);

// Without SMTP_URL there is no mailer: nothing can send e-mail, and the UI says so (T7).
const mailer = config.mail ? createSmtpMailer({ url: config.mail.smtpUrl, from: config.mail.from }) : undefined;
const { app, relay, injectWebSocket } = createApp({ ...stores, pdf, logger, config, mailer });
// In the background, in slices: the server answers while an older database gets its index (Q3).
rebuildSearchIndex(stores, logger).catch((error) => logger.error('search.rebuild_failed', { reason: String(error) }));
rebuildMeasureIndex(stores, logger).catch((error) => logger.error('measures.rebuild_failed', { reason: String(error) }));
rebuildActionItemIndex(stores, logger).catch((error) => logger.error('action_items.rebuild_failed', { reason: String(error) }));
rebuildAnnexLinkIndex(stores, logger).catch((error) => logger.error('annex_links.rebuild_failed', { reason: String(error) }));
const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info: AddressInfo) => {
  const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  const base = `http://${host}:${info.port}`;
  logger.info('server.listening', { host: config.host, port: info.port, dataDir: config.dataDir });
  console.log(`Minutier est prêt : ${base}`);
  if (setupSecret) {
    console.log(`Première connexion : créez le compte de la coordination sur ${base}/${LINK_PAGES.setup}/${setupSecret}`);
  }
});
injectWebSocket(server);

let stopping = false;
const stop = async (signal: string) => {
  if (stopping) return;
  stopping = true;
  logger.info('server.stopping', { signal });
  await relay.close();
  server.close();
  await pdf.close();
  await mailer?.close();
  for (const store of Object.values(stores)) await store.close();
  process.exit(0);
};
process.on('SIGINT', () => void stop('SIGINT'));
process.on('SIGTERM', () => void stop('SIGTERM'));
