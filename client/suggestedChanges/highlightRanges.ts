import type { Node as PMNode } from '@tiptap/pm/model';
import type { BlockSuggestion } from '../../shared/schema/blockSuggestion';
import type { FormatChangeAttributes } from '../../shared/schema/formatChange';
import type { SuggestionMarkAttributes } from '../../shared/schema/suggestionAuthor';
import { describeFormatChange } from '../../shared/suggestions/describeFormatChange';
import { FORMAT_CHANGE } from '../../shared/suggestions/formatChangeMark';
import { associationColor, associationTint } from './associationColor';
import { attributionLabel } from './suggestionAttribution';
import { SUGGESTION_KIND_LABELS } from './suggestionKindLabels';

/** What the editor paints over one piece of suggested content. */
export interface HighlightRange {
  /** `inline`: a run of inserted, deleted or reformatted text; `block`: a block carrying a `suggestion`. */
  type: 'inline' | 'block';
  from: number;
  to: number;
  /** DOM attributes of the decoration: class, colour, tooltip and the suggestion's id. */
  attrs: Record<string, string>;
}

const TEXT_MARKS = ['insertion', 'deletion', FORMAT_CHANGE] as const;

/** The tooltip: who proposed it, and for formatting what it changes. */
function textTitle(name: (typeof TEXT_MARKS)[number], attrs: SuggestionMarkAttributes): string {
  if (name !== FORMAT_CHANGE) return attributionLabel(attrs);
  const { added, removed } = attrs as FormatChangeAttributes;
  return `${attributionLabel(attrs)} : ${describeFormatChange(added, removed)}`;
}

function colourStyle(association: string): string {
  return `--suggestion-color: ${associationColor(association)}; --suggestion-tint: ${associationTint(association)}`;
}

/**
 * Where the suggestions of a document are, with their colours and tooltips. The marks and
 * the block attribute already render as `<ins>`, `<del>`, `data-format-change` and `data-suggestion-kind`; what
 * CSS cannot do alone is pick the colour of the author's association, so it comes from here.
 */
export function highlightRanges(doc: PMNode): HighlightRange[] {
  const ranges: HighlightRange[] = [];
  doc.descendants((node, pos) => {
    const block = node.attrs.suggestion as BlockSuggestion | null | undefined;
    if (block) {
      ranges.push({
        type: 'block',
        from: pos,
        to: pos + node.nodeSize,
        attrs: {
          class: 'block-suggestion',
          'data-suggestion-kind': block.kind,
          'data-suggestion-id': block.id,
          style: colourStyle(block.association),
          title: `${attributionLabel(block)} : ${SUGGESTION_KIND_LABELS[block.kind].toLowerCase()}`,
        },
      });
    }
    if (!node.isText) return true;
    for (const name of TEXT_MARKS) {
      const mark = node.marks.find((candidate) => candidate.type.name === name);
      if (!mark) continue;
      const attrs = mark.attrs as SuggestionMarkAttributes;
      ranges.push({
        type: 'inline',
        from: pos,
        to: pos + node.nodeSize,
        attrs: {
          class: `suggestion-text suggestion-text--${name}`,
          'data-suggestion-id': attrs.id,
          style: colourStyle(attrs.association),
          title: textTitle(name, attrs),
        },
      });
    }
    return false;
  });
  return ranges;
}
