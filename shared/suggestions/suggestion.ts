import type { Mark, Node as PMNode } from '@tiptap/pm/model';
import type { BlockSuggestion } from '../schema/blockSuggestion';
import type { SuggestionAuthor, SuggestionMarkAttributes } from '../schema/suggestionAuthor';

export type SuggestionKind = 'insertion' | 'deletion' | 'format' | BlockSuggestion['kind'];

/** One pending suggestion, as the review panel and the relay's guard see it. */
export interface Suggestion extends SuggestionAuthor {
  id: string;
  kind: SuggestionKind;
  /** The inserted or deleted words, or a French description of a format or block change. */
  text: string;
  /** Document range covering every part of the suggestion. */
  from: number;
  to: number;
}

export type SuggestionDecision = 'accept' | 'reject';

export const INSERTION = 'insertion';
export const DELETION = 'deletion';

/** The insertion or deletion mark of an inline node (they exclude each other). */
export function suggestionMarkOf(node: PMNode): Mark | undefined {
  return node.marks.find((mark) => mark.type.name === INSERTION || mark.type.name === DELETION);
}

export function suggestionMarkAttrs(mark: Mark): SuggestionMarkAttributes {
  return mark.attrs as SuggestionMarkAttributes;
}

/** The `suggestion` attribute of a block, if it has one. */
export function blockSuggestionOf(node: PMNode): BlockSuggestion | null {
  const value = node.attrs.suggestion as BlockSuggestion | null | undefined;
  return value ?? null;
}

/** Whether a node type declares the `suggestion` attribute. */
export function canCarrySuggestion(node: PMNode): boolean {
  return Object.hasOwn(node.type.spec.attrs ?? {}, 'suggestion');
}
