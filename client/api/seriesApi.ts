import type { AdoptionResponse, CarriedItemsResponse, CreateMinutesResponse, NextMinutesRequest } from '../../shared/api/minutes';
import type { CreateSeriesRequest, SeriesListResponse, SeriesSummary } from '../../shared/api/series';
import { getJson, postJson } from './http';

/** The collective's meeting series, the plenary « Réunion du Collectif » first (M8). */
export async function listSeries(signal?: AbortSignal): Promise<SeriesSummary[]> {
  return (await getJson<SeriesListResponse>('/api/series', signal)).series;
}

/** Adds a series (the coordination only); the same `idempotencyKey` again gives the same one (A17). */
export function createSeries(request: CreateSeriesRequest, idempotencyKey: string): Promise<SeriesSummary> {
  return postJson<SeriesSummary>('/api/series', request, { headers: { 'Idempotency-Key': idempotencyKey } });
}

/** Prepares the next compte-rendu of `id`'s series (M10) and returns its id; the same `idempotencyKey` again gives the same one (A17). */
export async function prepareNextMinutes(id: string, request: NextMinutesRequest, idempotencyKey: string): Promise<string> {
  const path = `/api/minutes/${encodeURIComponent(id)}/next`;
  return (await postJson<CreateMinutesResponse>(path, request, { headers: { 'Idempotency-Key': idempotencyKey } })).id;
}

/** How each « À suivre » of `id` stands in its series: closed in later minutes, perhaps. */
export async function carriedItems(id: string, signal?: AbortSignal): Promise<CarriedItemsResponse['items']> {
  return (await getJson<CarriedItemsResponse>(`/api/minutes/${encodeURIComponent(id)}/carried-items`, signal)).items;
}

/** The validated minutes that adopted `id`, if any (« Adopté lors de la réunion du … »). */
export async function adoptionOf(id: string, signal?: AbortSignal): Promise<AdoptionResponse['adoptedIn']> {
  return (await getJson<AdoptionResponse>(`/api/minutes/${encodeURIComponent(id)}/adoption`, signal)).adoptedIn;
}
