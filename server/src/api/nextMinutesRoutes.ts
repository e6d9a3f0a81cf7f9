import { Hono } from 'hono';
import type * as Y from 'yjs';
import { type AdoptionResponse, type CarriedItemsResponse, type CreateMinutesResponse, nextMinutesSchema } from '../../../shared/api/minutes';
import { readMeta } from '../../../shared/model/meta';
import { readParticipants } from '../../../shared/model/participants';
import { readBodyContent } from '../../../shared/schema/bodyContent';
import type { AuthDeps } from '../auth/authDeps';
import { documentRights } from '../auth/documentAccess';
import { principalOf, requireRole, requireUser } from '../auth/guards';
import { recordAudit } from '../auth/recordAudit';
import type { Logger } from '../log';
import type { Relay } from '../relay/relay';
import { adoptionOf } from '../series/adoption';
import { carriedItemStates } from '../series/carryOver';
import type { User } from '../storage/accountStore';
import type { DocumentRecord } from '../storage/documentStore';
import { MeetingDateUnknownError } from '../series/nextMinutesRequest';
import { prepareNextMinutes } from '../series/prepareNextMinutes';
import { type DocumentContentRead, type ReadDocumentContent, readSeries } from '../series/readSeries';
import { apiError } from './apiError';
import type { AppEnv } from './appEnv';
import type { IdempotencyStore } from '../storage/idempotencyStore';
import { idempotent } from './idempotency';
import { readJsonBody } from './readJsonBody';

const NOT_FOUND = 'Ce compte-rendu n’existe pas.';
const DATE_UNKNOWN =
  'La date de la prochaine réunion n’est pas annoncée dans « Prochaines réunions » : indiquez-la pour préparer le compte-rendu.';

function contentOf(doc: Y.Doc): DocumentContentRead | undefined {
  try {
    return { meta: readMeta(doc), participants: readParticipants(doc), content: readBodyContent(doc) };
  } catch {
    return undefined;
  }
}

/**
 * `POST /api/minutes/:id/next` prepares the next compte-rendu of the series (secretariat,
 * coordination; M10), `GET /api/minutes/:id/carried-items` tells how each « À suivre »
 * of a document stands in its series (M9), and `GET /api/minutes/:id/adoption` which
 * validated minutes adopted it (M11). Both only read the documents, through the relay so
 * that what was typed a moment ago counts.
 */
export function nextMinutesRoutes(deps: AuthDeps & { idempotency: IdempotencyStore }, relay: Pick<Relay, 'withDocument'>, logger: Logger): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  routes.use('*', requireUser);
  const read: ReadDocumentContent = async (id) => (await relay.withDocument(id, contentOf))?.result;

  routes.post('/:id/next', requireRole('secretariat'), idempotent(deps.idempotency, 'minutes.next'), async (c) => {
    const { user } = principalOf(c);
    const { record } = await documentRights(deps, user, c.req.param('id'));
    // Only the owning collective prepares its series; a share never grants it, nor tells it exists.
    if (!record || record.collectiveId !== user.collectiveId) return apiError(c, 404, 'not_found', NOT_FOUND);
    const body = await readJsonBody(c, nextMinutesSchema);
    if (!body.ok) return apiError(c, 400, 'invalid_body', body.message);
    try {
      const id = await prepareNextMinutes({ documents: deps.documents, accounts: deps.accounts, read }, record, body.value);
      if (!id) return apiError(c, 500, 'unreadable_document', 'Ce compte-rendu contient des éléments que ce serveur ne sait pas lire.');
      logger.info('api.next_minutes_prepared', { doc: id, previous: record.id });
      await recordAudit(c, deps.audit, user, { action: 'document.created', target: id, details: { previous: record.id } });
      return c.json<CreateMinutesResponse>({ id }, 201);
    } catch (error) {
      if (!(error instanceof MeetingDateUnknownError)) throw error;
      return apiError(c, 422, 'meeting_date_required', DATE_UNKNOWN);
    }
  });

  /** The series as `user` may see it around `record`: a share opens one document, not its series. */
  const visibleSeries = (user: User, record: DocumentRecord) =>
    readSeries(record.collectiveId === user.collectiveId ? deps.documents : { list: async () => [record] }, read, record, { from: 'record' });

  routes.get('/:id/carried-items', async (c) => {
    const { user } = principalOf(c);
    const { record } = await documentRights(deps, user, c.req.param('id'));
    if (!record) return apiError(c, 404, 'not_found', NOT_FOUND);
    return c.json<CarriedItemsResponse>({ items: carriedItemStates(record.id, await visibleSeries(user, record)) });
  });

  routes.get('/:id/adoption', async (c) => {
    const { user } = principalOf(c);
    const { record } = await documentRights(deps, user, c.req.param('id'));
    if (!record) return apiError(c, 404, 'not_found', NOT_FOUND);
    return c.json<AdoptionResponse>({ adoptedIn: adoptionOf(record.id, await visibleSeries(user, record)) });
  });

  return routes;
}
