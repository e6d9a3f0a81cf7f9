import { z } from 'zod';
import './frenchZodMessages';
import { requiredSingleLineText } from '../model/singleLineText';
import { normaliseContentValues } from '../schema/contentValues';
import { type MinutesMeta, minutesMetaSchema } from '../model/meta';
import { type Participant, participantSchema } from '../model/participants';
import type { ProseMirrorJSON } from '../schema/bodyContent';
import type { MinutesStatus } from './review';
import type { Role } from './roles';

export { minutesMetaSchema, type MinutesMeta };

/** Document ids: 22 URL-safe base64 characters (128 random bits). */
export const DOCUMENT_ID_PATTERN = /^[A-Za-z0-9_-]{22}$/;

/**
 * A participant as the API and the editor's form take it: organisation and people on one
 * line each (SPEC A2). Reading stays with `participantSchema`, so that a name stored before
 * this rule still shows.
 */
export const participantInputSchema = participantSchema.extend({
  organisation: requiredSingleLineText(300, 'l’organisation est obligatoire'),
  people: z.array(requiredSingleLineText(200, 'un nom de personne est vide')).max(50, 'au plus 50 personnes par organisation'),
});

/** Body of `POST /api/minutes`: everything but `meta.title` is optional. */
export const createMinutesSchema = z.object({
  meta: minutesMetaSchema,
  /** Participants; the server gives an id to those without one. */
  participants: z.array(participantInputSchema.extend({ id: participantSchema.shape.id.optional() })).max(500).optional(),
  /**
   * ProseMirror JSON of the body; checked against the schema by the server. Link targets
   * other than http(s) and mailto are dropped (the words stay); a measure number that is
   * not a positive integer, or a name with a control character, is refused (SPEC A2).
   */
  content: z.object({ type: z.literal('doc') }).passthrough().transform(normaliseContentValues).optional(),
  /** The meeting series (M8); without one, the collective's plenary « Réunion du Collectif ». */
  seriesId: z.string().min(1).max(64).optional(),
});
export type CreateMinutesRequest = z.infer<typeof createMinutesSchema>;

/** One row of `GET /api/minutes`. */
export interface MinutesSummary {
  id: string;
  meta: Pick<MinutesMeta, 'title' | 'meetingDate'>;
  status: MinutesStatus;
  /** The meeting series it belongs to (M8). */
  seriesId: string;
  createdAt: string;
  updatedAt: string;
}

/** `GET /api/minutes/:id`: the whole compte-rendu as stored. */
export interface MinutesDocument extends Omit<MinutesSummary, 'meta'> {
  meta: MinutesMeta;
  /**
   * What the caller may do: `read` editors show « Lecture seule » (always so once validated);
   * `suggest` editors record every edit as a suggestion (a member in a suggestion-only review).
   */
  access: 'read' | 'write' | 'suggest';
  /** The caller’s effective role on this document (a share raises it to `member` at most, A12). */
  role: Role;
  /** Present while validated: rendered as « Validé lors de la réunion du Collectif du … ». */
  validation: { meetingDate: string; note: string | null; versionId: string; validatedAt: string } | null;
  participants: Participant[];
  content: ProseMirrorJSON;
  /**
   * Present once stored updates that could not be read were set aside (R26): when, how
   * many, and `message` for the UI (« Ce compte-rendu a été réparé le … : N modifications
   * illisibles ont été mises de côté. »).
   */
  repaired: { at: string; updates: number; message: string } | null;
  /**
   * The server's epoch of the document (R29): an offline copy is kept with it, and one from an
   * older epoch must not be merged blindly (the relay refuses it with 4409).
   */
  epoch: number;
}

export interface MinutesListResponse {
  minutes: MinutesSummary[];
}

export interface CreateMinutesResponse {
  id: string;
}

/** Body of `POST /api/minutes/:id/next`: what the « Prochaines réunions » section does not say (M9). */
export const nextMinutesSchema = z.object({
  meetingDate: minutesMetaSchema.shape.meetingDate,
  place: minutesMetaSchema.shape.place,
});
export type NextMinutesRequest = z.infer<typeof nextMinutesSchema>;

/** `GET /api/minutes/:id/adoption`: the validated minutes that adopted this one, if any (M11). */
export interface AdoptionResponse {
  adoptedIn: { documentId: string; meetingDate: string | null } | null;
}

/** `GET /api/minutes/:id/carried-items`: how each « À suivre » of the document stands in its series (M9). */
export interface CarriedItemsResponse {
  items: Array<{ id: string; status: 'open' | 'done'; closedIn: { documentId: string; meetingDate: string | null } | null }>;
}

/** Every API error body: `message` is French, for the UI. */
export interface ApiError {
  error: string;
  message: string;
}
