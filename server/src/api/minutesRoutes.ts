import { Hono } from 'hono';
import {
  type CreateMinutesResponse,
  type MinutesDocument,
  type MinutesListResponse,
  type MinutesSummary,
  createMinutesSchema,
} from '../../../shared/api/minutes';
import { readMeta } from '../../../shared/model/meta';
import { readParticipants } from '../../../shared/model/participants';
import { readBodyContent } from '../../../shared/schema/bodyContent';
import type { Logger } from '../log';
import type { DocumentRecord, DocumentStore } from '../storage/documentStore';
import { isDocumentId } from '../storage/documentId';
import { loadYDoc } from '../storage/loadYDoc';
import { InvalidContentError, seedMinutes } from '../storage/seedMinutes';
import { apiError } from './apiError';
import { readJsonBody } from './readJsonBody';

const toSummary = (record: DocumentRecord): MinutesSummary => ({
  id: record.id,
  meta: { title: record.title, ...(record.meetingDate ? { meetingDate: record.meetingDate } : {}) },
  createdAt: record.createdAt,
  updatedAt: record.updatedAt,
});

/** `/api/minutes`: list, create and read comptes-rendus. */
export function minutesRoutes(store: DocumentStore, logger: Logger): Hono {
  const routes = new Hono();

  routes.get('/', async (c) => {
    const records = await store.list();
    return c.json<MinutesListResponse>({ minutes: records.map(toSummary) });
  });

  routes.post('/', async (c) => {
    const body = await readJsonBody(c, createMinutesSchema);
    if (!body.ok) return apiError(c, 400, 'invalid_body', body.message);
    try {
      const id = await seedMinutes(store, body.value);
      logger.info('api.minutes_created', { doc: id });
      return c.json<CreateMinutesResponse>({ id }, 201);
    } catch (error) {
      if (!(error instanceof InvalidContentError)) throw error;
      return apiError(c, 400, 'invalid_content', `Contenu refusé : il ne respecte pas le modèle d’un compte-rendu (${error.message}).`);
    }
  });

  routes.get('/:id', async (c) => {
    const id = c.req.param('id');
    const record = isDocumentId(id) ? await store.get(id) : undefined;
    const loaded = record && (await loadYDoc(store, id));
    if (!record || !loaded) return apiError(c, 404, 'not_found', 'Ce compte-rendu n’existe pas.');
    try {
      return c.json<MinutesDocument>({
        ...toSummary(record),
        meta: readMeta(loaded.doc),
        participants: readParticipants(loaded.doc),
        content: readBodyContent(loaded.doc),
      });
    } catch (error) {
      logger.error('api.unreadable_document', { doc: id, reason: (error as Error).message });
      return apiError(c, 500, 'unreadable_document', 'Ce compte-rendu contient des éléments que ce serveur ne sait pas lire.');
    } finally {
      loaded.doc.destroy();
    }
  });

  return routes;
}
