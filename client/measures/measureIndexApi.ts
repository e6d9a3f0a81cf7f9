import type {
  LinkMeasureRequest,
  MeasureCitationView,
  MeasureCitationsResponse,
  MeasureCount,
  MeasureCountsResponse,
} from '../../shared/api/measureIndex';
import { getJson, postJson } from '../api/http';

/** Every passage citing a measure in the comptes-rendus the user may read, then the words « à relier ». */
export const measureCitations = async (planId: string, number: number, signal?: AbortSignal): Promise<MeasureCitationView[]> =>
  (await getJson<MeasureCitationsResponse>(`/api/measures/${encodeURIComponent(planId)}/${number}/citations`, signal)).citations;

/** Linked passages and documents per measure of a plan (plain words never count). */
export const measureCounts = async (planId: string, signal?: AbortSignal): Promise<MeasureCount[]> =>
  (await getJson<MeasureCountsResponse>(`/api/measures/${encodeURIComponent(planId)}/counts`, signal)).counts;

/** Turns plain words « mesure 22 » into a reference, through the relay: open editors see it at once. */
export const linkMeasure = (request: LinkMeasureRequest): Promise<{ linked: boolean }> =>
  postJson<{ linked: boolean }>('/api/measures/link', request);

/** `/mesures/<planId>/<number>`, the page of a measure. */
export const measurePath = (planId: string, number: number): string => `/mesures/${encodeURIComponent(planId)}/${number}`;

/** « 14 passages dans 6 comptes-rendus », « 1 passage dans 1 compte-rendu », « aucun passage ». */
export function citationCountLabel({ passages, documents }: Pick<MeasureCount, 'passages' | 'documents'>): string {
  if (passages === 0) return 'aucun passage';
  const passageWord = passages === 1 ? 'passage' : 'passages';
  const documentWord = documents === 1 ? 'compte-rendu' : 'comptes-rendus';
  return `${passages} ${passageWord} dans ${documents} ${documentWord}`;
}
