import { Mark, mergeAttributes } from '@tiptap/core';
import { suggestionMarkAttributes, type SuggestionMarkAttributes } from './suggestionAuthor';

/** A mark as ProseMirror writes it in JSON (`{ type: 'bold' }`, `{ type: 'link', attrs: { href } }`). */
export interface MarkJson {
  type: string;
  attrs?: Record<string, unknown>;
}

export interface FormatChangeAttributes extends SuggestionMarkAttributes {
  /** Formatting the suggestion adds to text already in the minutes. */
  added: MarkJson[];
  /** Formatting the suggestion takes away from it. */
  removed: MarkJson[];
}

/** A list of marks, kept as JSON text in HTML. */
function markListAttribute(name: 'added' | 'removed') {
  return {
    default: [] as MarkJson[],
    parseHTML: (element: HTMLElement): MarkJson[] => {
      try {
        const value: unknown = JSON.parse(element.getAttribute(`data-format-${name}`) ?? '[]');
        return Array.isArray(value) ? (value as MarkJson[]) : [];
      } catch {
        return [];
      }
    },
    renderHTML: (attributes: Record<string, unknown>) => ({ [`data-format-${name}`]: JSON.stringify(attributes[name] ?? []) }),
  };
}

/**
 * A formatting change proposed in suggestion mode on text already in the minutes
 * (« mettre en gras »). The text shows the proposed formatting; the mark remembers what
 * was added and removed, so that rejecting restores the text as it was and accepting
 * just drops the mark. One pending format proposal per piece of text.
 */
export const FormatChange = Mark.create({
  name: 'formatChange',
  inclusive: false,

  addAttributes() {
    return { ...suggestionMarkAttributes(), added: markListAttribute('added'), removed: markListAttribute('removed') };
  },

  parseHTML() {
    return [{ tag: 'span[data-format-change]' }];
  },

  renderHTML({ HTMLAttributes }) {
    return ['span', mergeAttributes(HTMLAttributes, { class: 'suggestion-format', 'data-format-change': '' }), 0];
  },
});
