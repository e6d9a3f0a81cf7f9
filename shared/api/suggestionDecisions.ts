import { z } from 'zod';
import './frenchZodMessages';

const suggestionKinds = ['insertion', 'deletion', 'format', 'split', 'join', 'insert', 'attrs'] as const;

/** One decided suggestion, as the editor collected it (`collectSuggestions`). */
export const decidedSuggestionSchema = z.object({
  id: z.string().min(1).max(100),
  userId: z.string().max(100),
  author: z.string().max(200),
  association: z.string().max(200),
  kind: z.enum(suggestionKinds),
  text: z.string().max(2000),
});
export type DecidedSuggestion = z.infer<typeof decidedSuggestionSchema>;

/**
 * `POST /api/minutes/:id/suggestions/decisions`: the secretariat or the coordination
 * accepted or rejected these suggestions. The editor applies the edits itself, as ordinary
 * edits through the relay; this records who decided, for the journal (SPEC W8).
 */
export const suggestionDecisionSchema = z.object({
  decision: z.enum(['accept', 'reject']),
  suggestions: z.array(decidedSuggestionSchema).min(1).max(500),
});
export type SuggestionDecision = z.infer<typeof suggestionDecisionSchema>;
