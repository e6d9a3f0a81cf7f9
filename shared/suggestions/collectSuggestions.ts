import type { Node as PMNode } from '@tiptap/pm/model';
import type { BlockSuggestion } from '../schema/blockSuggestion';
import type { MarkJson } from '../schema/formatChange';
import { describeBlockSuggestion } from './describeBlockSuggestion';
import { describeFormatChange } from './describeFormatChange';
import { formatChangeAttrs, formatChangeOf } from './formatChangeMark';
import {
  blockSuggestionOf,
  suggestionMarkAttrs,
  suggestionMarkOf,
  type Suggestion,
  type SuggestionKind,
} from './suggestion';

interface Gathered {
  suggestion: Suggestion;
  words: string[];
  /** Where the last words ended: words that do not touch are kept apart by a line break. */
  lastTextEnd: number;
  blocks: { node: PMNode; value: BlockSuggestion }[];
  /** For a format proposal: what it adds and removes, by mark, over all its text. */
  format: { added: Map<string, MarkJson>; removed: Map<string, MarkJson> } | null;
}

/** Text of an inline node as a reader sees it (atoms by their text, if any). */
const inlineText = (node: PMNode): string => (node.isText ? node.text ?? '' : node.textContent);

/**
 * Every pending suggestion of a document, one per id, in document order of first
 * appearance. An id spans all the marks and block attributes of one user action
 * (the words of a pasted passage and its new paragraphs); its kind is the text kind
 * when there are words, else the block kind.
 */
export function collectSuggestions(doc: PMNode): Suggestion[] {
  const byId = new Map<string, Gathered>();
  const gather = (
    id: string,
    kind: SuggestionKind,
    author: { userId: string; author: string; association: string },
    from: number,
    to: number,
  ): Gathered => {
    let entry = byId.get(id);
    if (!entry) {
      entry = {
        suggestion: { id, kind, userId: author.userId, author: author.author, association: author.association, text: '', from, to },
        words: [],
        lastTextEnd: -1,
        blocks: [],
        format: null,
      };
      byId.set(id, entry);
    }
    entry.suggestion.from = Math.min(entry.suggestion.from, from);
    entry.suggestion.to = Math.max(entry.suggestion.to, to);
    return entry;
  };

  doc.descendants((node, pos) => {
    const block = blockSuggestionOf(node);
    if (block) {
      gather(block.id, block.kind, block, pos, pos + node.nodeSize).blocks.push({ node, value: block });
    }
    if (!node.isInline) return true;
    const mark = suggestionMarkOf(node);
    if (mark) {
      const attrs = suggestionMarkAttrs(mark);
      const kind = mark.type.name as SuggestionKind;
      const entry = gather(attrs.id, kind, attrs, pos, pos + node.nodeSize);
      entry.suggestion.kind = kind;
      addWords(entry, node, pos);
    }
    const proposal = formatChangeOf(node);
    if (proposal) {
      const attrs = formatChangeAttrs(proposal);
      const entry = gather(attrs.id, 'format', attrs, pos, pos + node.nodeSize);
      entry.format ??= { added: new Map(), removed: new Map() };
      for (const added of attrs.added) entry.format.added.set(JSON.stringify(added), added);
      for (const removed of attrs.removed) entry.format.removed.set(JSON.stringify(removed), removed);
      addWords(entry, node, pos);
    }
    return false;
  });

  return [...byId.values()].map(({ suggestion, words, blocks, format }) => ({
    ...suggestion,
    text: format
      ? `${describeFormatChange([...format.added.values()], [...format.removed.values()])} : «\u00a0${words.map((run) => run.trim()).join(' … ')}\u00a0»`
      : words.length > 0
        ? words.join('\n')
        : describeBlocks(blocks),
  }));
}

/** Adds the words of `node` to a suggestion: words that do not touch are kept apart. */
function addWords(entry: Gathered, node: PMNode, pos: number): void {
  const text = inlineText(node);
  if (entry.words.length > 0 && entry.lastTextEnd === pos) entry.words[entry.words.length - 1] += text;
  else entry.words.push(text);
  entry.lastTextEnd = pos + node.nodeSize;
}

/** The first block describes the suggestion: the outermost one, for a block inserted with its paragraphs. */
function describeBlocks(blocks: { node: PMNode; value: BlockSuggestion }[]): string {
  const [first] = blocks;
  return first ? describeBlockSuggestion(first.node, first.value) : '';
}
