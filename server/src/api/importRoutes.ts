import { type Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { type PlanRegistry, formatOfFileName, unsupportedFormatMessage } from '../../../shared/import/importMinutes';
import type { ImportReport } from '../../../shared/import/importReport';
import type { AuthDeps } from '../auth/authDeps';
import { principalOf, requireRole, requireUser } from '../auth/guards';
import { recordAudit } from '../auth/recordAudit';
import { sharedExportPool } from '../export/exportPool';
import { EXPORT_RETRY_AFTER_SECONDS, ExportQueue } from '../export/exportQueue';
import type { ImportRefusal } from '../import/importJob';
import type { Logger } from '../log';
import type { User } from '../storage/accountStore';
import type { IdempotencyStore } from '../storage/idempotencyStore';
import type { PlanStore } from '../storage/planStore';
import { createSeeded } from '../storage/seedMinutes';
import { apiError } from './apiError';
import type { AppEnv } from './appEnv';
import { idempotent } from './idempotency';

/** Word files of years of minutes weigh a few hundred kilobytes; 10 Mo leaves room for images. */
export const IMPORT_MAX_BYTES = 10 * 1024 * 1024;
/** What a multipart envelope adds around the file (boundaries, headers). */
const MULTIPART_SLACK = 64 * 1024;

/** Imports a server reads at a time, in the worker or waiting for it; the next are answered 503 (each holds up to 10 Mo). */
export const IMPORT_QUEUE_LIMIT = 4;

/** `POST /api/minutes/import` answers the new compte-rendu's id and what was recognised. */
export interface ImportResponse {
  id: string;
  report: ImportReport;
}

const TOO_LARGE = 'Le fichier dépasse la taille maximale de 10 Mo.';

const ERROR_STATUS: Record<ImportRefusal, ContentfulStatusCode> = {
  unsupported_format: 415,
  not_text: 415,
  empty_file: 400,
  unreadable_docx: 400,
  unreadable_odt: 400,
  not_minutes: 400,
  invalid_content: 400,
};

/** The collective's plan that measure references point into: its first, when it has several. */
async function collectivePlan(plans: PlanStore, collectiveId: string): Promise<PlanRegistry | undefined> {
  const [first] = await plans.list(collectiveId);
  const plan = first && (await plans.get(collectiveId, first.id));
  return plan ? { id: plan.id, measures: plan.measures.map((measure) => measure.number) } : undefined;
}

/**
 * `/api/minutes/import`: the secretariat uploads an existing compte-rendu (.txt, .md,
 * .docx, .odt, .html) and gets it back structured, as a new document of its collective.
 */
export function importRoutes(deps: AuthDeps & { plans: PlanStore; idempotency: IdempotencyStore }, logger: Logger): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  const pool = sharedExportPool();
  const queue = new ExportQueue(IMPORT_QUEUE_LIMIT);
  routes.use('*', requireUser);

  routes.post(
    '/',
    requireRole('secretariat'),
    bodyLimit({ maxSize: IMPORT_MAX_BYTES + MULTIPART_SLACK, onError: (c) => apiError(c, 413, 'file_too_large', TOO_LARGE) }),
    // A double click, or a retry after a lost answer, imports the file once (issue 15).
    idempotent(deps.idempotency, 'minutes.import'),
    async (c) => {
      const { user } = principalOf(c);
      if (!c.req.header('content-type')?.toLowerCase().startsWith('multipart/form-data')) {
        return apiError(c, 400, 'invalid_body', 'Envoyez le fichier en multipart/form-data, dans le champ « file ».');
      }
      // Taken before the file is read: a flood of uploads waits in a short line, not in memory.
      const leave = queue.enter();
      if (!leave) {
        c.header('Retry-After', String(EXPORT_RETRY_AFTER_SECONDS));
        return apiError(c, 503, 'import_busy', `Le serveur lit déjà ${queue.limit} fichiers à la fois. Réessayez dans quelques secondes.`);
      }
      try {
        return await importFile(c, user);
      } finally {
        leave();
      }
    },
  );

  async function importFile(c: Context<AppEnv>, user: User): Promise<Response> {
    let file: unknown;
    try {
      file = (await c.req.parseBody())['file'];
    } catch {
      return apiError(c, 400, 'invalid_body', 'Le formulaire envoyé est illisible.');
    }
    if (!(file instanceof File)) return apiError(c, 400, 'missing_file', 'Aucun fichier reçu : joignez-le dans le champ « file ».');
    if (file.size > IMPORT_MAX_BYTES) return apiError(c, 413, 'file_too_large', TOO_LARGE);
    if (!formatOfFileName(file.name)) return apiError(c, 415, 'unsupported_format', unsupportedFormatMessage(file.name));

    const plan = await collectivePlan(deps.plans, user.collectiveId);
    const knownOrganisations = (await deps.accounts.listAssociations(user.collectiveId)).map((association) => association.name);
    const bytes = new Uint8Array(await file.arrayBuffer());
    // Reading, recognising and writing the new document take the worker's time, not the relay's (issue 21).
    const imported = await pool.render({ kind: 'import', name: file.name, bytes, ...(plan ? { plan } : {}), knownOrganisations });
    if (!imported.ok && imported.reason === 'refused') return apiError(c, ERROR_STATUS[imported.code], imported.code, imported.message);
    if (!imported.ok) throw new Error(`import failed: ${imported.message}`);
    const id = await createSeeded(deps.documents, user.collectiveId, { meta: imported.meta }, imported.state);
    logger.info('api.minutes_imported', { doc: id, format: imported.report.format });
    await recordAudit(c, deps.audit, user, {
      action: 'document.imported',
      target: id,
      details: { title: imported.meta.title, file: file.name.slice(0, 200), format: imported.report.format },
    });
    return c.json<ImportResponse>({ id, report: imported.report }, 201);
  }

  return routes;
}
