import { z } from 'zod';

/** Document ids: 22 URL-safe base64 characters (128 random bits). */
export const DOCUMENT_ID_PATTERN = /^[A-Za-z0-9_-]{22}$/;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'date attendue au format AAAA-MM-JJ');

export const minutesMetaSchema = z.object({
  title: z.string().trim().min(1, 'le titre est obligatoire').max(300),
  meetingDate: isoDate.optional(),
});
export type MinutesMeta = z.infer<typeof minutesMetaSchema>;

/** Body of `POST /api/minutes`. */
export const createMinutesSchema = z.object({
  meta: minutesMetaSchema,
});
export type CreateMinutesRequest = z.infer<typeof createMinutesSchema>;

/** One row of `GET /api/minutes` and the body of `GET /api/minutes/:id`. */
export interface MinutesSummary {
  id: string;
  meta: MinutesMeta;
  createdAt: string;
  updatedAt: string;
}

export interface MinutesListResponse {
  minutes: MinutesSummary[];
}

export interface CreateMinutesResponse {
  id: string;
}

/** Every API error body: `message` is French, for the UI. */
export interface ApiError {
  error: string;
  message: string;
}
