import type {
  CreateMinutesRequest,
  CreateMinutesResponse,
  MinutesDocument,
  MinutesListResponse,
  MinutesSummary,
} from '../../shared/api/minutes';
import { getJson, postJson } from './http';

export async function listMinutes(signal?: AbortSignal): Promise<MinutesSummary[]> {
  const body = await getJson<MinutesListResponse>('/api/minutes', signal);
  return body.minutes;
}

export function getMinutes(id: string, signal?: AbortSignal): Promise<MinutesDocument> {
  return getJson<MinutesDocument>(`/api/minutes/${encodeURIComponent(id)}`, signal);
}

/** Creates a compte-rendu and returns its id. */
export async function createMinutes(request: CreateMinutesRequest): Promise<string> {
  const body = await postJson<CreateMinutesResponse>('/api/minutes', request);
  return body.id;
}
