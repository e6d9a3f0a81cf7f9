import type { SearchResponse } from '../../shared/api/search';
import { getJson } from '../api/http';

/** What the search page asks: the query string of `/recherche`, passed on as is to the API. */
export const searchMinutes = async (params: URLSearchParams, signal?: AbortSignal): Promise<SearchResponse['results']> =>
  (await getJson<SearchResponse>(`/api/search?${params.toString()}`, signal)).results;

export const SEARCH_PATH = '/recherche';

/** `/recherche?q=…`, keeping the filters given. */
export function searchPagePath(query: string, filters: Record<string, string> = {}): string {
  const params = new URLSearchParams({ q: query });
  for (const [name, value] of Object.entries(filters)) if (value) params.set(name, value);
  return `${SEARCH_PATH}?${params.toString()}`;
}

/** The editor at the passage: `/cr/<id>#bloc-<blockId>` (see client/editor/scrollToBlock.ts). */
export const passagePath = (documentId: string, blockId: string | null): string =>
  `/cr/${documentId}${blockId ? `#bloc-${encodeURIComponent(blockId)}` : ''}`;
