import { z } from 'zod';
import './frenchZodMessages';

/** One passage citing a measure, as the measure page shows it. */
export interface MeasureCitationView {
  documentId: string;
  title: string;
  meetingDate: string | null;
  /** The document is validated: the passage is the validated text. */
  validated: boolean;
  /** The block to open the editor at (`/cr/<id>#bloc-<blockId>`). */
  blockId: string;
  section: string | null;
  organisation: string | null;
  person: string | null;
  /** The sentence around the reference. */
  excerpt: string;
  item: string;
  /** A `measureRef` atom (counted); false: plain words « à relier », never counted (SPEC X1). */
  linked: boolean;
  /** For plain words: the words as written, what « Relier » turns into a reference. */
  phrase: string | null;
}

/** `GET /api/measures/:planId/:number/citations` */
export interface MeasureCitationsResponse {
  citations: MeasureCitationView[];
}

export interface MeasureCount {
  number: number;
  passages: number;
  documents: number;
}

/** `GET /api/measures/:planId/counts`: measures never cited are left out. */
export interface MeasureCountsResponse {
  counts: MeasureCount[];
}

/** `GET /api/plans/:planId/measures/:number/mentions` (the outside shape). */
export interface MeasureMentionsResponse {
  mentions: Array<{
    documentId: string;
    meetingDate: string | null;
    section: string | null;
    organisation: string | null;
    person: string | null;
    excerpt: string;
    validated: boolean;
  }>;
}

/** Body of `POST /api/measures/link`: turns plain words « mesure 22 » of a block into a reference. */
export const linkMeasureSchema = z.object({
  documentId: z.string().min(1).max(100),
  blockId: z.string().min(1).max(100),
  phrase: z.string().min(1).max(200),
  planId: z.string().regex(/^[a-z0-9-]{1,64}$/),
  number: z.number().int().min(1).max(10_000),
});
export type LinkMeasureRequest = z.infer<typeof linkMeasureSchema>;
