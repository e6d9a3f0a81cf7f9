import { z } from 'zod';
import './frenchZodMessages';
import { calendarDateSchema } from '../model/calendarDate';

export const SEARCH_STATUSES = ['draft', 'review', 'validated'] as const;

/** The query string of `GET /api/search` (SPEC Q1–Q5). */
export const searchQuerySchema = z
  .object({
    q: z.string().trim().min(1, 'saisissez au moins un mot à chercher').max(500, 'la recherche est trop longue (500 caractères au plus)'),
    status: z.enum(SEARCH_STATUSES, 'statut inconnu (brouillon : draft, relecture : review, validé : validated)').optional(),
    /** First meeting day included, `AAAA-MM-JJ`. */
    from: calendarDateSchema.optional(),
    /** Last meeting day included, `AAAA-MM-JJ`. */
    to: calendarDateSchema.optional(),
    /** An organisation speaking (« Secours Catholique »): only its speaker turns. */
    association: z.string().trim().min(1).max(300).optional(),
    /** A meeting series' id: only its comptes-rendus (Q7). */
    series: z.string().trim().min(1).max(100).optional(),
  })
  .refine((query) => !query.from || !query.to || query.from <= query.to, {
    message: 'la période est à l’envers : la date de début suit la date de fin',
    path: ['from'],
  });
export type SearchQuery = z.infer<typeof searchQuerySchema>;

/** A piece of an excerpt: `match` pieces are the searched words, shown highlighted. */
export interface ExcerptPart {
  text: string;
  match: boolean;
}

/** What kind of passage matched. */
export type PassageKind = 'title' | 'participants' | 'speakerTurn' | 'actionItem' | 'heading' | 'paragraph';

export interface SearchResult {
  documentId: string;
  title: string;
  meetingDate: string | null;
  status: (typeof SEARCH_STATUSES)[number];
  kind: PassageKind;
  /** Where the passage is in the document (see `#bloc-` links); null for the title and participants. */
  blockId: string | null;
  /** The section title the passage is in, if any. */
  section: string | null;
  /** The speaker turn's organisation and person, if the passage is one. */
  organisation: string | null;
  person: string | null;
  /** The passage around the match, as plain text. */
  excerpt: string;
  /** The same excerpt cut into pieces, the matched words flagged (rendered as `<mark>`, never as HTML). */
  excerptParts: ExcerptPart[];
}

/** `GET /api/search` */
export interface SearchResponse {
  results: SearchResult[];
}
