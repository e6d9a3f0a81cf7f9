import type {
  CreateMinutesRequest,
  CreateMinutesResponse,
  MinutesDocument,
  MinutesListResponse,
  MinutesSummary,
} from '../../shared/api/minutes';
import { deleteJson, getJson, postJson } from './http';

export async function listMinutes(signal?: AbortSignal): Promise<MinutesSummary[]> {
  const body = await getJson<MinutesListResponse>('/api/minutes', signal);
  return body.minutes;
}

export function getMinutes(id: string, signal?: AbortSignal): Promise<MinutesDocument> {
  return getJson<MinutesDocument>(`/api/minutes/${encodeURIComponent(id)}`, signal);
}

/** Creates a compte-rendu and returns its id; the same `idempotencyKey` again gives the same one (a retry, a double click). */
export async function createMinutes(request: CreateMinutesRequest, idempotencyKey?: string): Promise<string> {
  const body = await postJson<CreateMinutesResponse>('/api/minutes', request, idempotencyKey ? { headers: { 'Idempotency-Key': idempotencyKey } } : {});
  return body.id;
}

/** Deletes a compte-rendu with its versions, comments and shares (the coordination of its collective only). */
export async function deleteMinutes(id: string): Promise<void> {
  await deleteJson<{ ok: true }>(`/api/minutes/${encodeURIComponent(id)}`);
}
