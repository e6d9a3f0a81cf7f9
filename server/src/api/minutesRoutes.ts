import { Hono } from 'hono';
import * as Y from 'yjs';
import {
  type CreateMinutesResponse,
  type MinutesListResponse,
  type MinutesSummary,
  createMinutesSchema,
} from '../../../shared/api/minutes';
import type { Logger } from '../log';
import type { DocumentRecord, DocumentStore } from '../storage/documentStore';
import { isDocumentId, newDocumentId } from '../storage/documentId';
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
    const now = new Date().toISOString();
    const record: DocumentRecord = {
      id: newDocumentId(),
      title: body.value.meta.title,
      meetingDate: body.value.meta.meetingDate ?? null,
      createdAt: now,
      updatedAt: now,
    };
    await store.create(record, Y.encodeStateAsUpdate(new Y.Doc()));
    logger.info('api.minutes_created', { doc: record.id });
    return c.json<CreateMinutesResponse>({ id: record.id }, 201);
  });

  routes.get('/:id', async (c) => {
    const id = c.req.param('id');
    const record = isDocumentId(id) ? await store.get(id) : undefined;
    if (!record) return apiError(c, 404, 'not_found', 'Ce compte-rendu n’existe pas.');
    return c.json<MinutesSummary>(toSummary(record));
  });

  return routes;
}
