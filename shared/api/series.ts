import { z } from 'zod';
import './frenchZodMessages';
import { requiredSingleLineText } from '../model/singleLineText';

/** One meeting series of the collective (M8). */
export interface SeriesSummary {
  id: string;
  name: string;
  /** The plenary « Réunion du Collectif »: documents created without a series go there. */
  isDefault: boolean;
}

/** `GET /api/series`. */
export interface SeriesListResponse {
  series: SeriesSummary[];
}

/** Body of `POST /api/series` (coordination). */
export const createSeriesSchema = z.object({
  name: requiredSingleLineText(120, 'le nom de la série est obligatoire'),
});
export type CreateSeriesRequest = z.infer<typeof createSeriesSchema>;
