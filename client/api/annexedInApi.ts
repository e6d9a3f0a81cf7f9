import type { AnnexedInResponse } from '../../shared/api/annexedIn';
import { getJson } from './http';

/** The comptes-rendus the caller may read that annex `id` (SPEC N7). */
export async function annexedIn(id: string, signal?: AbortSignal): Promise<AnnexedInResponse['annexedIn']> {
  return (await getJson<AnnexedInResponse>(`/api/minutes/${encodeURIComponent(id)}/annexed-in`, signal)).annexedIn;
}
