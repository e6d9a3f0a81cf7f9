import { Extension } from '@tiptap/core';
import type { SuggestionAuthor } from './suggestionAuthor';

/**
 * A suggested change to a block's structure or attributes, kept as the block attribute
 * `suggestion`. Node attributes, not ProseMirror node marks: y-prosemirror syncs a
 * node's attributes but drops its node marks.
 *
 * - `insert`: the whole block is proposed; rejecting removes it.
 * - `split`: the boundary before this block is proposed (Enter in a paragraph);
 *   rejecting joins this block back into the previous one.
 * - `join`: joining this block into the previous one is proposed (Backspace at its
 *   start); accepting joins them.
 * - `attrs`: the block's attributes were changed, or its type (a paragraph made a
 *   heading); `previous` holds the values before the change and `previousType` the
 *   type it had, which rejecting restores.
 */
export interface BlockSuggestion extends SuggestionAuthor {
  id: string;
  kind: 'insert' | 'split' | 'join' | 'attrs';
  previous?: Record<string, unknown>;
  previousType?: string;
}

/** Block types that can carry a `suggestion` attribute. */
export const SUGGESTABLE_BLOCKS = [
  'paragraph',
  'heading',
  'blockquote',
  'bulletList',
  'orderedList',
  'listItem',
  'speakerTurn',
  'actionItem',
  'markedSection',
] as const;

export const BlockSuggestionAttribute = Extension.create({
  name: 'blockSuggestion',

  addGlobalAttributes() {
    return [
      {
        types: [...SUGGESTABLE_BLOCKS],
        attributes: {
          suggestion: {
            default: null,
            parseHTML: (element: HTMLElement) => {
              const raw = element.getAttribute('data-suggestion');
              if (!raw) return null;
              try {
                return JSON.parse(raw) as BlockSuggestion;
              } catch {
                return null;
              }
            },
            renderHTML: (attributes: Record<string, unknown>) => {
              const value = attributes.suggestion as BlockSuggestion | null;
              return value
                ? { 'data-suggestion': JSON.stringify(value), 'data-suggestion-kind': value.kind }
                : {};
            },
          },
        },
      },
    ];
  },
});
