import { type Context, Hono } from 'hono';
import { type ExportFormat, EXPORT_FORMATS, exportFormats, isExportFormat } from '../../../shared/export/exportFormats';
import { type ExportProfile, EXPORT_PROFILES, exportDrops, isExportProfile } from '../../../shared/export/exportProfile';
import { EXPORT_TICKET, type ExportProgress } from '../../../shared/export/exportProgress';
import type { ExportOptionsResponse, ExportSettings } from '../../../shared/export/exportSettings';
import { exportFileName } from '../../../shared/export/fileName';
import type { Role } from '../../../shared/api/roles';
import type { AuthDeps } from '../auth/authDeps';
import { principalOf, requireUser } from '../auth/guards';
import { recordAudit } from '../auth/recordAudit';
import { contentDisposition } from '../export/contentDisposition';
import { BUNDLE_FORMAT, DEFAULT_BUNDLE_INNER, EXTERNAL_BUNDLE, annexBundleResponse } from '../annexes/annexBundleResponse';
import {
  APPEND_ANNEXES_PDF_ONLY,
  APPEND_ANNEXES_VALUES,
  EXTERNAL_APPENDED_ANNEXES,
  appendedPdfResponse,
} from '../annexes/appendedPdfResponse';
import type { AnnexStore } from '../storage/annexStore';
import type { BlobStore } from '../storage/blobStore';
import { sharedExportPool } from '../export/exportPool';
import { EXPORT_RETRY_AFTER_SECONDS, ExportQueue } from '../export/exportQueue';
import { type ExportOutcome, renderExport } from '../export/renderExport';
import type { PdfPrinter } from '../export/renderPdf';
import type { Logger } from '../log';
import type { CommentStore } from '../storage/commentStore';
import type { ExportSettingsStore } from '../storage/exportSettingsStore';
import type { PlanStore } from '../storage/planStore';
import type { ReviewStore } from '../storage/reviewStore';
import { apiError } from './apiError';
import type { AppEnv } from './appEnv';
import { guardDocument } from './documentGuard';

export interface ExportDeps extends AuthDeps {
  plans: PlanStore;
  /** The validated version's hash, for the internal version's statement (W13). */
  review: ReviewStore;
  exportSettings: ExportSettingsStore;
  comments: CommentStore;
  pdf: PdfPrinter;
  /** A bundle's annex files (N6). */
  annexes: AnnexStore;
  blobs: BlobStore;
}

/** `comments=include` asks for the comment threads as footnotes (internal version only). */
const COMMENT_CHOICES = ['include', 'exclude'];

const invalidTicket = (c: Context) =>
  apiError(c, 400, 'invalid_ticket', 'Paramètre « ticket » invalide : 8 à 64 lettres, chiffres, « - » ou « _ ».');

/** A downloaded HTML file opened from the API's origin must not run anything either. */
const HTML_CSP = "default-src 'none'; style-src 'unsafe-inline'; sandbox";

/** The profiles someone with `role` may download under the collective's settings. */
const allowedProfiles = (role: Role | undefined, settings: ExportSettings): ExportProfile[] =>
  role === 'reader' && settings.readersExternalOnly ? ['external'] : [...EXPORT_PROFILES];

/** Quoted back in error messages, shortened so a long query cannot fill the answer. */
const quoted = (value: string): string => `« ${value.length > 40 ? `${value.slice(0, 40)}…` : value} »`;

/**
 * `/api/minutes/:id/export`: a compte-rendu as a file, in the caller's chosen format and
 * profile, for anyone who may read it; `/options` tells the export dialog what it may offer.
 * `comments=include` adds the comment threads as footnotes where the profile keeps them:
 * an external export ignores it and never carries a comment.
 * Exports are rendered off the event loop, a bounded number at a time (E1); `/progress`
 * tells how many exports come before the one of a `ticket`.
 */
export function exportRoutes(deps: ExportDeps, logger: Logger): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  const pool = sharedExportPool();
  const queue = new ExportQueue();
  const ticketKey = (userId: string, ticket: string) => `${userId} ${ticket}`;
  routes.use('*', requireUser);

  routes.get('/options', async (c) => {
    const guarded = await guardDocument(c, deps, 'reader');
    if (!guarded.ok) return guarded.response;
    const settings = await deps.exportSettings.get(guarded.doc.record.collectiveId);
    // The dialog is open: a worker starts while the user chooses (about a second, once).
    pool.warm();
    return c.json<ExportOptionsResponse>({
      profiles: settings.profiles,
      allowedProfiles: allowedProfiles(guarded.doc.role, settings),
      pdfAvailable: deps.pdf.available(),
    });
  });

  routes.get('/progress', async (c) => {
    const ticket = c.req.query('ticket') ?? '';
    if (!EXPORT_TICKET.test(ticket)) return invalidTicket(c);
    const guarded = await guardDocument(c, deps, 'reader');
    if (!guarded.ok) return guarded.response;
    return c.json<ExportProgress>({ ahead: queue.ahead(ticketKey(principalOf(c).user.id, ticket)) ?? null });
  });

  routes.get('/', async (c) => {
    // A bundle (N6) is the compte-rendu exported in its `inner` format, zipped with its annexes.
    const bundle = c.req.query('format') === BUNDLE_FORMAT;
    const format = bundle ? (c.req.query('inner') ?? DEFAULT_BUNDLE_INNER) : c.req.query('format');
    if (!isExportFormat(format)) {
      const given = format ? `Format d’export inconnu : ${quoted(format)}.` : 'Précisez le format d’export (paramètre « format »).';
      return apiError(c, 400, 'invalid_format', `${given} Formats possibles : ${EXPORT_FORMATS.join(', ')}.`);
    }
    const requestedProfile = c.req.query('profile');
    if (requestedProfile !== undefined && !isExportProfile(requestedProfile)) {
      return apiError(
        c,
        400,
        'invalid_profile',
        `Profil d’export inconnu : ${quoted(requestedProfile)}. Profils possibles : internal (version interne), external (version externe).`,
      );
    }
    const commentChoice = c.req.query('comments');
    if (commentChoice !== undefined && !COMMENT_CHOICES.includes(commentChoice)) {
      return apiError(c, 400, 'invalid_comments', `Valeur inconnue pour « comments » : ${quoted(commentChoice)}. Valeurs possibles : include, exclude.`);
    }
    // `appendAnnexes=1` (N8): the PDF annexes after the minutes, in one PDF.
    const appendChoice = c.req.query('appendAnnexes');
    if (appendChoice !== undefined && !APPEND_ANNEXES_VALUES.includes(appendChoice)) {
      return apiError(c, 400, 'invalid_append_annexes', `Valeur inconnue pour « appendAnnexes » : ${quoted(appendChoice)}. Valeurs possibles : 1, 0.`);
    }
    const appendAnnexes = appendChoice === '1';
    if (appendAnnexes && (bundle || format !== 'pdf')) return apiError(c, 400, 'append_annexes_pdf_only', APPEND_ANNEXES_PDF_ONLY);
    const ticket = c.req.query('ticket');
    if (ticket !== undefined && !EXPORT_TICKET.test(ticket)) return invalidTicket(c);
    const guarded = await guardDocument(c, deps, 'reader');
    if (!guarded.ok) return guarded.response;
    const { record, role } = guarded.doc;
    const settings = await deps.exportSettings.get(record.collectiveId);
    const allowed = allowedProfiles(role, settings);
    const profile = requestedProfile ?? allowed[0] ?? 'external';
    if (bundle && profile === 'external') return apiError(c, 400, 'external_bundle', EXTERNAL_BUNDLE);
    if (appendAnnexes && profile === 'external') return apiError(c, 400, 'external_annexes', EXTERNAL_APPENDED_ANNEXES);
    if (!allowed.includes(profile)) {
      return apiError(
        c,
        403,
        'external_only',
        'Les lecteurs de ce collectif ne peuvent télécharger que la version externe de ce compte-rendu (profil « external »).',
      );
    }

    const drops = exportDrops(profile, settings.profiles[profile], commentChoice === 'include');
    const comments = drops.comments ? undefined : await deps.comments.listThreads(record.id);
    const { user } = principalOf(c);
    const leave = queue.enter(ticket === undefined ? undefined : ticketKey(user.id, ticket));
    if (!leave) {
      c.header('Retry-After', String(EXPORT_RETRY_AFTER_SECONDS));
      return apiError(
        c,
        503,
        'export_busy',
        `Le serveur prépare déjà ${queue.limit} exports à la fois. Réessayez dans quelques secondes.`,
      );
    }
    let outcome: ExportOutcome;
    try {
      outcome = await renderExport(deps, pool, record, { format, profile, drops, ...(comments ? { comments } : {}) });
    } finally {
      leave();
    }
    if (!outcome.ok) {
      switch (outcome.reason) {
        case 'not_found':
          return apiError(c, 404, 'not_found', 'Ce compte-rendu n’existe pas.');
        case 'pdf_unavailable':
          return apiError(c, 503, 'pdf_unavailable', outcome.message);
        case 'unreadable':
          logger.error('api.unreadable_document', { doc: record.id, reason: outcome.message });
          return apiError(c, 500, 'unreadable_document', 'Ce compte-rendu contient des éléments que ce serveur ne sait pas lire.');
        case 'failed':
          logger.error('api.export_failed', { doc: record.id, format, reason: outcome.message });
          return apiError(c, 500, 'export_failed', 'L’export a échoué. Réessayez, ou choisissez un autre format.');
      }
    }

    await recordAudit(c, deps.audit, user, {
      action: 'document.exported',
      target: record.id,
      collectiveId: record.collectiveId,
      details: { format: bundle ? BUNDLE_FORMAT : format, ...(bundle ? { inner: format } : {}), profile, ...(comments ? { comments: true } : {}), ...(appendAnnexes ? { appendAnnexes: true } : {}) },
    });
    logger.info('api.document_exported', { doc: record.id, format, profile });
    const { file, meta } = outcome;
    if (bundle) {
      const zipped = await annexBundleResponse(c, deps, pool, logger, record, { fileName: exportFileName(meta, profile, format), file, format });
      return zipped ?? apiError(c, 404, 'not_found', 'Ce compte-rendu n’existe pas.');
    }
    if (appendAnnexes) return appendedPdfResponse(c, deps, logger, record, { fileName: exportFileName(meta, profile, format), pdf: file });
    // Hono wants bytes on an ArrayBuffer (not a SharedArrayBuffer): one copy, small beside the rendering.
    return c.body(new Uint8Array(file), 200, headersFor(format, exportFileName(meta, profile, format)));
  });

  return routes;
}

function headersFor(format: ExportFormat, fileName: string): Record<string, string> {
  return {
    'content-type': exportFormats[format].contentType,
    'content-disposition': contentDisposition(fileName),
    // Minutes are not public: no shared cache may keep them.
    'cache-control': 'private, no-store',
    ...(format === 'html' ? { 'content-security-policy': HTML_CSP } : {}),
  };
}
