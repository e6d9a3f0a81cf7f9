import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import type { Role } from '../../../shared/api/roles';
import { createApp } from '../app';
import type { QueryRateLimits } from '../api/queryRateLimit';
import { newId } from '../auth/secrets';
import { seedRegistry } from '../demo/seedDemo';
import { createLogger } from '../log';
import type { Mailer } from '../mail/mailer';
import type { AccountStore, User } from '../storage/accountStore';
import type { DocumentStore } from '../storage/documentStore';
import { createSqliteAccountStore } from '../storage/sqliteAccountStore';
import { createSqliteAnnexStore } from '../storage/sqliteAnnexStore';
import { createSqliteSendingStore } from '../storage/sqliteSendingStore';
import { createSqliteLetterStore } from '../storage/sqliteLetterStore';
import { createSqliteLetterTemplateStore } from '../storage/sqliteLetterTemplateStore';
import type { LetterStore } from '../storage/letterStore';
import { createFsBlobStore } from '../storage/fsBlobStore';
import type { AnnexStore } from '../storage/annexStore';
import { createSqliteAuditLog } from '../storage/sqliteAuditLog';
import { createSqliteCommentStore } from '../storage/sqliteCommentStore';
import { createSqliteCredentialStore } from '../storage/sqliteCredentialStore';
import { type PdfPrinter, createPdfPrinter } from '../export/renderPdf';
import { createSqliteExportSettingsStore } from '../storage/sqliteExportSettingsStore';
import { createSqlitePlanStore } from '../storage/sqlitePlanStore';
import { createSqliteReviewStore } from '../storage/sqliteReviewStore';
import { createSqliteReviewSettingsStore } from '../storage/sqliteReviewSettingsStore';
import { createSqliteStore } from '../storage/sqliteStore';
import { createSqliteIdempotencyStore } from '../storage/sqliteIdempotencyStore';
import { hashPassword } from '../auth/passwords';
import { rebuildSearchIndex } from '../search/rebuildSearchIndex';
import { searchIndexingStore } from '../search/searchIndexingStore';
import { createSqliteSearchIndex } from '../search/sqliteSearchIndex';
import { measureIndexingStore } from '../measures/measureIndexingStore';
import { rebuildMeasureIndex } from '../measures/rebuildMeasureIndex';
import { createSqliteMeasureIndex } from '../measures/sqliteMeasureIndex';
import { actionItemIndexingStore } from '../actionItems/actionItemIndexingStore';
import { rebuildActionItemIndex } from '../actionItems/rebuildActionItemIndex';
import { createSqliteActionItemIndex } from '../actionItems/sqliteActionItemIndex';
import { annexLinkIndexingStore } from '../annexes/annexLinkIndexingStore';
import { rebuildAnnexLinkIndex } from '../annexes/rebuildAnnexLinkIndex';
import { createSqliteAnnexLinkIndex } from '../annexes/sqliteAnnexLinkIndex';

export interface TestUser {
  user: User;
  /** An API token of this user, for `Authorization: Bearer` and `?token=`. */
  token: string;
  password: string;
}

export interface TestServer {
  /** http://127.0.0.1:<port> */
  url: string;
  /** ws://127.0.0.1:<port>/collab, the y-websocket server URL */
  collabUrl: string;
  store: DocumentStore;
  accounts: AccountStore;
  dbFile: string;
  /** Where annex files are kept (`DATA_DIR/annexes` in production). */
  annexDir: string;
  annexes: AnnexStore;
  /** The cover letters' fields (their bodies are in `store`). */
  letters: LetterStore;
  /** The coordination account of the first collective. */
  admin: TestUser;
  collectiveId: string;
  /** Creates an account (in the first collective unless told otherwise) with a token. */
  createUser(role: Role, options?: { collectiveId?: string; email?: string }): Promise<TestUser>;
  createCollective(name: string): Promise<string>;
  /** Creates a compte-rendu as `as` (the admin by default). */
  createDocument(title?: string, as?: TestUser): Promise<string>;
  /** fetch() on the server with `as`'s token and a JSON body. */
  api(path: string, init?: { method?: string; body?: unknown; as?: TestUser | null }): Promise<Response>;
  close(): Promise<void>;
}

export interface TestServerOptions {
  maxFrameBytes?: number;
  compactAfterUpdates?: number;
  heartbeatMs?: number;
  loginLimits?: { perAccount: number; perIp: number };
  /**
   * Read queries per account (A19). Tests query the indexes back to back and poll them every
   * 20 ms from one account, so none is limited unless a test asks (A19's own tests do).
   */
  queryRateLimits?: QueryRateLimits;
  /** The PDF printer (e.g. one pointing at a missing Chromium); closed by its owner. */
  pdf?: PdfPrinter;
  /** Sends the app's e-mail (e.g. a real SMTP mailer to `startSmtpTestServer`); none by default, as without SMTP_URL. */
  mailer?: Mailer;
  /** What one sending may carry in all (D3); 25 Mio by default, as in production. */
  sendingMaxBytes?: number;
  /** Largest annex file accepted (ANNEX_MAX_BYTES); 20 Mio by default, as in production. */
  annexMaxBytes?: number;
  /** The built client to serve (STATIC_DIR); none by default, so page paths answer 503. */
  staticDir?: string;
  /** Wraps the real SQLite store (e.g. to make it fail on purpose). */
  wrapStore?: (store: DocumentStore) => DocumentStore;
}

/** The real app on a real port with a real SQLite file in a fresh directory. */
export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const dir = mkdtempSync(join(tmpdir(), 'minutier-test-'));
  const dbFile = join(dir, 'minutier.sqlite');
  const sqlite = createSqliteStore({ filename: dbFile });
  const logger = createLogger('silent');
  const search = createSqliteSearchIndex(dbFile);
  const measures = createSqliteMeasureIndex(dbFile);
  const actionItems = createSqliteActionItemIndex(dbFile);
  const annexLinks = createSqliteAnnexLinkIndex(dbFile);
  const documents = annexLinkIndexingStore(
    actionItemIndexingStore(
      searchIndexingStore(measureIndexingStore(options.wrapStore ? options.wrapStore(sqlite) : sqlite, measures, logger), search, logger),
      actionItems,
      logger,
    ),
    annexLinks,
    logger,
  );
  const stores = {
    accounts: createSqliteAccountStore(dbFile),
    credentials: createSqliteCredentialStore(dbFile),
    audit: createSqliteAuditLog(dbFile),
    plans: createSqlitePlanStore(dbFile),
    review: createSqliteReviewStore(dbFile),
    exportSettings: createSqliteExportSettingsStore(dbFile),
    reviewSettings: createSqliteReviewSettingsStore(dbFile),
    comments: createSqliteCommentStore(dbFile),
    idempotency: createSqliteIdempotencyStore(dbFile),
    annexes: createSqliteAnnexStore(dbFile),
    sendings: createSqliteSendingStore(dbFile),
    letters: createSqliteLetterStore(dbFile),
    letterTemplates: createSqliteLetterTemplateStore(dbFile),
    blobs: createFsBlobStore(join(dir, 'annexes')),
    search,
    actionItems,
    measures,
    annexLinks,
  };
  await rebuildSearchIndex({ ...stores, documents }, logger);
  await rebuildMeasureIndex({ ...stores, documents }, logger);
  await rebuildActionItemIndex({ ...stores, documents }, logger);
  await rebuildAnnexLinkIndex({ ...stores, documents }, logger);
  // Chromium is only launched if a test exports a PDF.
  const pdf = options.pdf ?? createPdfPrinter();
  const { app, relay, injectWebSocket } = createApp({
    ...stores,
    documents,
    pdf,
    logger,
    loginLimits: options.loginLimits,
    mailer: options.mailer,
    sendingMaxBytes: options.sendingMaxBytes,
    queryRateLimits: options.queryRateLimits ?? { perSecond: 1_000_000, burst: 1_000_000 },
    config: {
      maxFrameBytes: options.maxFrameBytes ?? 8 * 1024 * 1024,
      compactAfterUpdates: options.compactAfterUpdates ?? 500,
      heartbeatMs: options.heartbeatMs ?? 0,
      staticDir: options.staticDir ?? join(dir, 'no-client'),
      annexMaxBytes: options.annexMaxBytes ?? 20 * 1024 * 1024,
    },
  });
  const closers: Array<() => Promise<void>> = [];
  const port = await new Promise<number>((resolve) => {
    const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) =>
      resolve(info.port),
    );
    injectWebSocket(server);
    closers.push(
      () =>
        new Promise<void>((done) => {
          server.close(() => done());
          // Keep-alive HTTP sockets from fetch() would hold close() open.
          if ('closeAllConnections' in server) server.closeAllConnections();
        }),
    );
  });
  const url = `http://127.0.0.1:${port}`;

  const createCollective = async (name: string) => {
    const id = newId();
    await stores.accounts.createCollective({ id, name });
    await seedRegistry(stores.plans, id);
    return id;
  };
  const collectiveId = await createCollective('Collectif de test');
  let users = 0;
  const createUser = async (role: Role, opts: { collectiveId?: string; email?: string } = {}): Promise<TestUser> => {
    const password = 'mot de passe de test';
    const user: User = {
      id: newId(),
      collectiveId: opts.collectiveId ?? collectiveId,
      associationId: null,
      email: opts.email ?? `personne${++users}@exemple.org`,
      name: `Personne ${users} (${role})`,
      role,
      disabled: false,
      createdAt: new Date().toISOString(),
    };
    await stores.accounts.createUser(user, await hashPassword(password));
    const { secret } = await stores.credentials.createToken(user.id, 'tests');
    return { user, token: secret, password };
  };
  const admin = await createUser('coordination', { email: 'coordination@exemple.org' });

  const api: TestServer['api'] = (path, init = {}) => {
    const as = init.as === undefined ? admin : init.as;
    const headers: Record<string, string> = {};
    if (as) headers.authorization = `Bearer ${as.token}`;
    if (init.body !== undefined) headers['content-type'] = 'application/json';
    return fetch(`${url}${path}`, {
      method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
      headers,
      ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
    });
  };

  return {
    url,
    collabUrl: `ws://127.0.0.1:${port}/collab`,
    store: documents,
    accounts: stores.accounts,
    dbFile,
    annexDir: join(dir, 'annexes'),
    annexes: stores.annexes,
    letters: stores.letters,
    admin,
    collectiveId,
    createUser,
    createCollective,
    async createDocument(title = 'Réunion de test', as = admin) {
      const response = await api('/api/minutes', { body: { meta: { title } }, as });
      if (response.status !== 201) throw new Error(`create failed: ${response.status} ${await response.text()}`);
      return ((await response.json()) as { id: string }).id;
    },
    api,
    async close() {
      await relay.close();
      for (const close of closers) await close();
      if (!options.pdf) await pdf.close();
      for (const store of Object.values(stores)) await store.close();
      await sqlite.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
