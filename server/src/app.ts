import type { ServerType } from '@hono/node-server';
import { Hono } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import { SCHEMA_VERSION_PARAM } from '../../shared/schema/schemaVersion';
import { EPOCH_PARAM } from '../../shared/protocol/copyEpoch';
import { apiError } from './api/apiError';
import { jsonBodyLimit } from './api/jsonBodyLimits';
import { annexRoutes, isAnnexUploadPath } from './api/annexRoutes';
import { approvalRoutes } from './api/approvalRoutes';
import { commentRoutes } from './api/commentRoutes';
import type { CommentStore } from './storage/commentStore';
import type { AnnexStore } from './storage/annexStore';
import type { BlobStore } from './storage/blobStore';
import { EVENTS_QUERY_PARAM } from '../../shared/protocol/minutierEvent';
import { importRoutes } from './api/importRoutes';
import { exportRoutes } from './api/exportRoutes';
import { exportSettingsRoutes } from './api/exportSettingsRoutes';
import { reviewSettingsRoutes } from './api/reviewSettingsRoutes';
import { suggestionRoutes } from './api/suggestionRoutes';
import type { PdfPrinter } from './export/renderPdf';
import type { ExportSettingsStore } from './storage/exportSettingsStore';
import { versionRoutes } from './api/versionRoutes';
import { ReviewService } from './review/reviewService';
import type { ReviewStore } from './storage/reviewStore';
import type { AppEnv } from './api/appEnv';
import { auditRoutes } from './api/auditRoutes';
import { authRoutes } from './api/authRoutes';
import { invitationRoutes } from './api/invitationRoutes';
import { memberRoutes } from './api/memberRoutes';
import { minutesRoutes } from './api/minutesRoutes';
import { nextMinutesRoutes } from './api/nextMinutesRoutes';
import { seriesRoutes } from './api/seriesRoutes';
import { passwordChangeRoutes } from './api/passwordChangeRoutes';
import { passwordResetRoutes } from './api/passwordResetRoutes';
import { planRoutes } from './api/planRoutes';
import { searchRoutes } from './api/searchRoutes';
import type { SearchIndex } from './search/searchIndex';
import { measureIndexRoutes, measureMentionsRoutes } from './api/measureIndexRoutes';
import type { MeasureIndex } from './measures/measureIndex';
import { actionItemRoutes } from './api/actionItemRoutes';
import { mailSettingsRoutes } from './api/mailSettingsRoutes';
import { sendingRoutes } from './api/sendingRoutes';
import type { SendingStore } from './storage/sendingStore';
import { letterRoutes, minutesLetterRoutes } from './api/letterRoutes';
import { letterFileRoutes } from './api/letterFileRoutes';
import { letterTemplateRoutes } from './api/letterTemplateRoutes';
import type { LetterStore } from './storage/letterStore';
import type { LetterTemplateStore } from './storage/letterTemplateStore';
import type { Mailer } from './mail/mailer';
import type { ActionItemIndex } from './actionItems/actionItemIndex';
import { annexedInRoutes } from './api/annexedInRoutes';
import type { AnnexLinkIndex } from './annexes/annexLinkIndex';
import { setupRoutes } from './api/setupRoutes';
import { shareRoutes } from './api/shareRoutes';
import { serveClient } from './api/staticClient';
import { tokenRoutes } from './api/tokenRoutes';
import { unhandledError } from './api/unhandledError';
import type { AuthDeps } from './auth/authDeps';
import { authenticate } from './auth/authenticate';
import { roomRights } from './auth/letterRights';
import { signatureOfAccount } from './auth/signatureOfAccount';
import { csrfGuard, sameOrigin } from './auth/guards';
import { type LoginAttempts, loginLimiterOptions } from './auth/loginAttempts';
import type { ClusterBus } from './relay/cluster/clusterBus';
import { LoginLimiter } from './auth/loginLimiter';
import { DEFAULT_QUERY_RATE_LIMITS, QueryRateLimiter, type QueryRateLimits, queryRateLimit } from './api/queryRateLimit';
import type { Config } from './config';
import type { Logger } from './log';
import { CollabUpgrades, upgradeEnvOf } from './relay/collabUpgrades';
import type { ConnectionOwner } from './relay/connection';
import { Relay } from './relay/relay';
import type { PlanStore } from './storage/planStore';
import type { IdempotencyStore } from './storage/idempotencyStore';

const IMPORT_PATH = '/api/minutes/import';

export interface AppDeps extends AuthDeps {
  plans: PlanStore;
  review: ReviewStore;
  exportSettings: ExportSettingsStore;
  comments: CommentStore;
  /** Annex files' metadata (SPEC N1–N6); their bytes are in `blobs`. */
  annexes: AnnexStore;
  blobs: BlobStore;
  /** Answers of create requests by `Idempotency-Key`, so one submission makes one document. */
  idempotency: IdempotencyStore;
  pdf: PdfPrinter;
  /** Full-text search over the comptes-rendus, kept in step by the relay (SPEC Q1–Q6). */
  search: SearchIndex;
  /** Where each measure is cited, kept in step by the relay (SPEC X1–X5). */
  measures: MeasureIndex;
  /** The « À suivre » of every compte-rendu, kept in step by the relay (SPEC T1–T4). */
  actionItems: ActionItemIndex;
  /** Which comptes-rendus annex which, kept in step by the relay (SPEC N7). */
  annexLinks: AnnexLinkIndex;
  /** Sends e-mail (reminders, T7); absent when SMTP is not configured, and then nothing is sent. */
  mailer?: Mailer;
  /** The sendings of validated comptes-rendus (SPEC D1–D6). */
  sendings: SendingStore;
  /** The cover letters' fields (SPEC L1); their bodies are documents of `documents`. */
  letters: LetterStore;
  /** Each collective's letter template (L6). */
  letterTemplates: LetterTemplateStore;
  /** What one sending may carry in all (D3); 25 Mio by default. */
  sendingMaxBytes?: number;
  logger: Logger;
  config: Pick<Config, 'maxFrameBytes' | 'compactAfterUpdates' | 'heartbeatMs' | 'staticDir' | 'annexMaxBytes'>;
  /** Failed sign-ins allowed per account and per IP in 15 minutes, and the account's first delay after them (A7). */
  loginLimits?: { perAccount: number; perIp: number; accountDelayMs?: number };
  /** Where failed sign-ins are counted (A7): Redis when instances share them; in memory, with `loginLimits`, by default. */
  loginAttempts?: LoginAttempts;
  /** Read queries (search, « À suivre », measure index) allowed per account (A19); tests make them small. */
  queryRateLimits?: QueryRateLimits;
  /** The other instances sharing the stores (issue 18, C1–C6); alone by default. */
  bus?: ClusterBus;
}

/**
 * Builds the HTTP app, the relay and the WebSocket wiring. Does no I/O: the caller
 * owns the stores and the listening server (tests pass their own, on port 0).
 */
export function createApp(deps: AppDeps) {
  const { logger, config } = deps;
  const app = new Hono<AppEnv>();
  const relay = new Relay({
    store: deps.documents,
    logger,
    compactAfterUpdates: config.compactAfterUpdates,
    heartbeatMs: config.heartbeatMs,
    search: deps.search,
    measures: deps.measures,
    actionItems: deps.actionItems,
    annexLinks: deps.annexLinks,
    bus: deps.bus,
    accessOf: async (userId, documentId) => {
      const user = await deps.accounts.getUser(userId);
      if (!user || user.disabled) return 'none';
      return roomRights(deps, user, documentId);
    },
  });
  const upgrades = new CollabUpgrades(relay, config.maxFrameBytes);
  const reviewService = new ReviewService(relay, deps.documents, deps.review, deps.annexes);
  const limiter = deps.loginAttempts ?? new LoginLimiter(loginLimiterOptions(deps.loginLimits));

  const withSecureHeaders = secureHeaders();
  // ws writes the answer to an upgrade, not Hono: headers set here would never be sent.
  app.use('*', (c, next) => (upgradeEnvOf(c.env) ? next() : withSecureHeaders(c, next)));
  app.get('/healthz', (c) => c.json({ ok: true }));

  // An import uploads a file of up to 10 Mo, an annex up to ANNEX_MAX_BYTES: their routes set their own limit.
  app.use('/api/*', (c, next) => (c.req.path === IMPORT_PATH || isAnnexUploadPath(c.req.path) ? next() : jsonBodyLimit(c, next)));
  app.use('/api/*', async (c, next) => {
    c.set('principal', await authenticate(c, deps, { allowQueryToken: false }));
    await next();
  });
  app.use('/api/*', csrfGuard);
  const limitQueries = queryRateLimit(new QueryRateLimiter(deps.queryRateLimits ?? DEFAULT_QUERY_RATE_LIMITS), logger);
  for (const path of ['/api/search/*', '/api/action-items/*', '/api/measures/*', '/api/plans/:planId/measures/:number/mentions']) {
    app.use(path, limitQueries);
  }
  app.route('/api', authRoutes(deps, limiter, relay, logger));
  app.route('/api/setup', setupRoutes(deps));
  app.route('/api/invitations', invitationRoutes(deps));
  app.route('/api', passwordResetRoutes(deps, relay));
  app.route('/api', passwordChangeRoutes(deps, limiter, relay));
  app.route('/api', memberRoutes(deps, relay));
  app.route('/api/tokens', tokenRoutes(deps, relay));
  app.route('/api/audit', auditRoutes(deps));
  app.route('/api/minutes/:id/shares', shareRoutes(deps, relay));
  app.route('/api/minutes/:id/comments', commentRoutes(deps, relay));
  app.route('/api/minutes/:id/annexed-in', annexedInRoutes(deps));
  app.route('/api/minutes/:id/sendings', sendingRoutes(deps));
  app.route('/api/minutes/:id/letters', minutesLetterRoutes(deps, logger));
  app.route('/api/minutes/:id/annexes', annexRoutes(deps, { maxBytes: config.annexMaxBytes }, logger));
  app.route('/api/minutes/:id', versionRoutes(deps, reviewService, relay));
  app.route('/api/minutes/:id/suggestions', suggestionRoutes(deps));
  app.route('/api/minutes/:id', approvalRoutes(deps, reviewService, relay));
  app.route(IMPORT_PATH, importRoutes(deps, logger));
  app.route('/api/minutes', minutesRoutes(deps, relay, logger));
  app.route('/api/minutes', nextMinutesRoutes(deps, relay, logger));
  app.route('/api/series', seriesRoutes(deps));
  app.route('/api/letters', letterRoutes(deps, relay, logger));
  app.route('/api/letters', letterFileRoutes(deps, logger));
  app.route('/api/minutes/:id/export', exportRoutes(deps, logger));
  app.route('/api/settings/export', exportSettingsRoutes(deps));
  app.route('/api/settings/review', reviewSettingsRoutes(deps, relay));
  app.route('/api/settings/mail', mailSettingsRoutes(deps));
  app.route('/api/settings/letter-template', letterTemplateRoutes(deps));
  app.route('/api/plans', planRoutes(deps.plans, logger));
  app.route('/api/plans', measureMentionsRoutes(deps));
  app.route('/api/measures', measureIndexRoutes(deps, relay, logger));
  app.route('/api/search', searchRoutes(deps));
  app.route('/api/action-items', actionItemRoutes(deps, relay));
  app.all('/api/*', (c) => apiError(c, 404, 'not_found', 'Adresse d’API inconnue.'));

  app.get(
    '/collab/:id',
    async (c, next) => {
      const upgrade = upgradeEnvOf(c.env);
      if (!upgrade || c.req.header('upgrade')?.toLowerCase() !== 'websocket') return next();
      const documentId = c.req.param('id') ?? '';
      const principal = await authenticate(c, deps, { allowQueryToken: true });
      // A cookie rides along on cross-site WebSocket upgrades too: only our own pages may use it.
      const owner: ConnectionOwner | undefined =
        principal && (principal.via.kind === 'token' || sameOrigin(c))
          ? {
              userId: principal.user.id,
              credential:
                principal.via.kind === 'token'
                  ? { kind: 'token' as const, id: principal.via.tokenId }
                  : { kind: 'session' as const, id: principal.via.sessionId },
              // Presence shows the account, whatever the client announces (R22).
              signature: await signatureOfAccount(deps, principal.user),
            }
          : undefined;
      // A letter's body has the letter's rights, a compte-rendu its own (L2).
      const access = owner && principal ? await roomRights(deps, principal.user, documentId) : 'none';
      const schemaVersion = c.req.query(SCHEMA_VERSION_PARAM);
      const events = c.req.query(EVENTS_QUERY_PARAM) === '1';
      // An offline copy's epoch is judged against the store's now: another instance may have bumped it (R29).
      const declaredEpoch = c.req.query(EPOCH_PARAM);
      const epoch =
        declaredEpoch !== undefined && access !== 'none'
          ? { declared: declaredEpoch, current: (await deps.documents.get(documentId))?.epoch }
          : undefined;
      upgrades.admit(upgrade, { documentId, grant: { owner, access, schemaVersion, events, epoch } });
      return c.body(null);
    },
  );

  serveClient(app, config.staticDir);

  app.onError((error, c) => unhandledError(c, error, logger));

  return { app, relay, injectWebSocket: (server: ServerType) => upgrades.attach(server, app) };
}
