import { type Context, Hono } from 'hono';
import { LETTER_FORMATS, type LetterFormat } from '../../../shared/api/letters';
import { atLeast } from '../../../shared/api/roles';
import { isExportProfile } from '../../../shared/export/exportProfile';
import { EXTERNAL_BUNDLE } from '../annexes/annexBundleResponse';
import { zipBundle } from '../annexes/zipBundle';
import type { AuthDeps } from '../auth/authDeps';
import { principalOf, requireUser } from '../auth/guards';
import { recordAudit } from '../auth/recordAudit';
import { contentDisposition } from '../export/contentDisposition';
import { sharedExportPool } from '../export/exportPool';
import { EXPORT_RETRY_AFTER_SECONDS, ExportQueue } from '../export/exportQueue';
import { letterFile } from '../letters/letterFile';
import type { Logger } from '../log';
import { type AttachmentDeps, sendingAttachments } from '../sending/sendingAttachments';
import type { LetterStore } from '../storage/letterStore';
import { apiError } from './apiError';
import type { AppEnv } from './appEnv';
import { LETTER_NOT_FOUND, guardLetter } from './letterRoutes';

export type LetterFileRouteDeps = AuthDeps & AttachmentDeps & { letters: LetterStore };

/** Quoted back in error messages, shortened so a long query cannot fill the answer. */
const quoted = (value: string): string => `« ${value.length > 40 ? `${value.slice(0, 40)}…` : value} »`;
const isLetterFormat = (value: string | undefined): value is LetterFormat => LETTER_FORMATS.some((format) => format === value);

/** A download has no mail server's limit; the sending's own limit applies to sendings only (D3). */
const NO_LIMIT = Number.MAX_SAFE_INTEGER;

const EXTERNAL_ONLY = 'Les lecteurs de ce collectif ne peuvent télécharger que la version externe de ce compte-rendu (profil « external »).';

/**
 * `/api/letters/:id/export` and `/envoi` (SPEC L7): a letter as a file, and the « envoi »
 * bundle, a ZIP of exactly the files a sending with this letter carries (the letter, the
 * compte-rendu in the same format and profile, and for the internal version with annexes its
 * file annexes), for every role of the letter's collective. Rendered off the event loop (E1).
 */
export function letterFileRoutes(deps: LetterFileRouteDeps, logger: Logger): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  const pool = sharedExportPool();
  const queue = new ExportQueue();
  routes.use('*', requireUser);

  const invalidFormat = (c: Context, format: string | undefined) =>
    apiError(
      c,
      400,
      'invalid_format',
      `${format ? `Format inconnu : ${quoted(format)}.` : 'Précisez le format (paramètre « format »).'} Formats possibles : ${LETTER_FORMATS.join(', ')}.`,
    );

  /** Runs `work` as one of the bounded exports, or answers 503 when too many are running. */
  async function queued(c: Context, work: () => Promise<Response>): Promise<Response> {
    const leave = queue.enter();
    if (!leave) {
      c.header('Retry-After', String(EXPORT_RETRY_AFTER_SECONDS));
      return apiError(c, 503, 'export_busy', `Le serveur prépare déjà ${queue.limit} exports à la fois. Réessayez dans quelques secondes.`);
    }
    try {
      return await work();
    } finally {
      leave();
    }
  }

  function exportFailure(c: Context, letterId: string, reason: 'not_found' | 'unreadable' | 'failed' | 'pdf_unavailable' | 'too_large', message: string) {
    switch (reason) {
      case 'not_found':
        return apiError(c, 404, 'not_found', LETTER_NOT_FOUND);
      case 'pdf_unavailable':
        return apiError(c, 503, 'pdf_unavailable', message);
      default:
        logger.error('api.letter_export_failed', { letter: letterId, reason: message });
        return apiError(c, 500, 'export_failed', 'L’export a échoué. Réessayez, ou choisissez un autre format.');
    }
  }

  routes.get('/:id/export', async (c) => {
    const format = c.req.query('format');
    if (!isLetterFormat(format)) return invalidFormat(c, format);
    const rights = await guardLetter(c, deps);
    if (rights instanceof Response) return rights;
    return queued(c, async () => {
      const file = await letterFile(deps, pool, rights.letter, format);
      if (!file.ok) return exportFailure(c, rights.letter.id, file.reason, file.message);
      const { user } = principalOf(c);
      await recordAudit(c, deps.audit, user, { action: 'letter.exported', target: rights.letter.id, details: { format, minutes: rights.letter.minutesId } });
      // Hono wants bytes on an ArrayBuffer (not a SharedArrayBuffer): one copy, small beside the rendering.
      return c.body(new Uint8Array(file.content), 200, {
        'content-type': file.contentType,
        'content-disposition': contentDisposition(file.name),
        'cache-control': 'private, no-store',
      });
    });
  });

  routes.get('/:id/envoi', async (c) => {
    const format = c.req.query('format');
    if (!isLetterFormat(format)) return invalidFormat(c, format);
    const profile = c.req.query('profile') ?? 'external';
    if (!isExportProfile(profile)) {
      return apiError(c, 400, 'invalid_profile', `Profil inconnu : ${quoted(profile)}. Profils possibles : internal (version interne), external (version externe).`);
    }
    const annexChoice = c.req.query('withAnnexes');
    if (annexChoice !== undefined && annexChoice !== '1' && annexChoice !== '0') {
      return apiError(c, 400, 'invalid_with_annexes', `Valeur inconnue pour « withAnnexes » : ${quoted(annexChoice)}. Valeurs possibles : 1, 0.`);
    }
    const withAnnexes = annexChoice === '1';
    if (withAnnexes && profile === 'external') return apiError(c, 400, 'external_bundle', EXTERNAL_BUNDLE);
    const rights = await guardLetter(c, deps);
    if (rights instanceof Response) return rights;
    const settings = await deps.exportSettings.get(rights.minutes.collectiveId);
    if (profile === 'internal' && !atLeast(rights.role, 'member') && settings.readersExternalOnly) {
      return apiError(c, 403, 'external_only', EXTERNAL_ONLY);
    }
    return queued(c, async () => {
      const outcome = await sendingAttachments(deps, pool, rights.minutes, { profile, format, withAnnexes }, NO_LIMIT, rights.letter);
      if (!outcome.ok) return exportFailure(c, rights.letter.id, outcome.reason, outcome.message);
      const { user } = principalOf(c);
      await recordAudit(c, deps.audit, user, { action: 'letter.exported', target: rights.letter.id, details: { format, profile, envoi: true, withAnnexes, minutes: rights.letter.minutesId } });
      const files = outcome.attachments.map(({ name, content }) => ({ name, open: async () => content }));
      const stream = zipBundle(files, (error) => logger.error('api.letter_bundle_failed', { letter: rights.letter.id, reason: error.message }));
      const zipName = `${(outcome.attachments[0]?.name ?? 'Lettre d’envoi').replace(/\.[a-z]+$/, '')}.zip`;
      return c.body(stream, 200, {
        'content-type': 'application/zip',
        'content-disposition': contentDisposition(zipName),
        'cache-control': 'private, no-store',
      });
    });
  });

  return routes;
}
