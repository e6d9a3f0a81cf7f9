import type { Node as PMNode } from '@tiptap/pm/model';
import { Transform } from '@tiptap/pm/transform';
import { applySuggestionDecision } from './applySuggestionDecision';
import type { SuggestionDecision } from './suggestion';

function decideAll(doc: PMNode, decision: SuggestionDecision): PMNode {
  const tr = new Transform(doc);
  applySuggestionDecision(tr, decision, () => true);
  return tr.doc;
}

/**
 * The document with every suggestion rejected: what the text is without anyone's
 * pending proposals. The relay compares it before and after a suggestion-only
 * member's update, and the exports render it, so unaccepted words never go out.
 */
export function baseDocument(doc: PMNode): PMNode {
  return decideAll(doc, 'reject');
}

/** The document with every suggestion accepted. */
export function acceptedDocument(doc: PMNode): PMNode {
  return decideAll(doc, 'accept');
}
