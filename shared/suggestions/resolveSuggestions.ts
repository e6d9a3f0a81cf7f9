import type { EditorState, Transaction } from '@tiptap/pm/state';
import { applySuggestionDecision } from './applySuggestionDecision';
import { collectSuggestions } from './collectSuggestions';
import type { Suggestion, SuggestionDecision } from './suggestion';

/**
 * The transaction that accepts or rejects the suggestions `which` selects (one, or
 * all of one association's), as ordinary edits. The caller dispatches it outside
 * suggestion mode so that the decision is not itself recorded as a suggestion.
 */
export function resolveSuggestions(
  state: EditorState,
  decision: SuggestionDecision,
  which: (suggestion: Suggestion) => boolean,
): Transaction {
  const ids = new Set(collectSuggestions(state.doc).filter(which).map((suggestion) => suggestion.id));
  const tr = state.tr;
  applySuggestionDecision(tr, decision, (id) => ids.has(id));
  return tr;
}
