import type { Node as PMNode } from '@tiptap/pm/model';
import { collectSuggestions } from '../../shared/suggestions/collectSuggestions';
import type { Suggestion } from '../../shared/suggestions/suggestion';

/** Documents are immutable: each version's suggestions are collected once, not on every caret move. */
const collected = new WeakMap<PMNode, Suggestion[]>();

export function suggestionsOfDoc(doc: PMNode): Suggestion[] {
  let suggestions = collected.get(doc);
  if (!suggestions) {
    suggestions = collectSuggestions(doc);
    collected.set(doc, suggestions);
  }
  return suggestions;
}
