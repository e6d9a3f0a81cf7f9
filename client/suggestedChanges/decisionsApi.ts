import type { SuggestionDecision as DecisionRequest } from '../../shared/api/suggestionDecisions';
import type { Suggestion, SuggestionDecision } from '../../shared/suggestions/suggestion';
import { postJson } from '../api/http';

/** The route keeps at most this much of each suggestion's text (`decidedSuggestionSchema`). */
const MAX_TEXT = 2000;

/** The body of the decisions route: who proposed what, without positions (they mean nothing to the journal). */
export function decisionRequest(decision: SuggestionDecision, suggestions: readonly Suggestion[]): DecisionRequest {
  return {
    decision,
    suggestions: suggestions.map(({ id, userId, author, association, kind, text }) => ({
      id,
      userId,
      author,
      association,
      kind,
      text: text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text,
    })),
  };
}

/**
 * Records who accepted or refused which suggestions (`POST …/suggestions/decisions`). The
 * edit itself is already applied in the editor and synced through the relay; this call
 * only attributes it in the journal.
 */
export function recordDecision(
  documentId: string,
  decision: SuggestionDecision,
  suggestions: readonly Suggestion[],
): Promise<unknown> {
  return postJson(
    `/api/minutes/${encodeURIComponent(documentId)}/suggestions/decisions`,
    decisionRequest(decision, suggestions),
  );
}
