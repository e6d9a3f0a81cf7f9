import type { Mark, Node as PMNode, NodeType } from '@tiptap/pm/model';
import type { Transform } from '@tiptap/pm/transform';
import type { BlockSuggestion } from '../schema/blockSuggestion';
import { formatChangeAttrs, formatChangeOf, marksFromJson } from './formatChangeMark';
import { joinBlockBackward, joinsIntoInsertion } from './textblockBoundary';
import {
  blockSuggestionOf,
  INSERTION,
  suggestionMarkAttrs,
  suggestionMarkOf,
  type SuggestionDecision,
} from './suggestion';

interface Removal {
  from: number;
  to: number;
}

/**
 * Accepts or rejects, as ordinary steps on `tr`, every suggestion whose id matches.
 * Attribute and mark changes come first (they move nothing); then text and block
 * removals, then joins, each from the end of the document backwards so that one
 * leaves the positions of the ones still to do untouched.
 */
export function applySuggestionDecision(
  tr: Transform,
  decision: SuggestionDecision,
  matches: (id: string) => boolean,
): void {
  const doc = tr.doc;
  const attributeChanges: { pos: number; attrs: Record<string, unknown>; type?: NodeType }[] = [];
  const markRemovals: { from: number; to: number; mark: Mark }[] = [];
  const formatDecisions: { from: number; to: number; proposal: Mark }[] = [];
  const removals: Removal[] = [];
  const joins: number[] = [];

  doc.descendants((node, pos) => {
    const block = blockSuggestionOf(node);
    if (block && matches(block.id)) {
      if (block.kind === 'insert' && decision === 'reject') {
        removals.push({ from: pos, to: pos + node.nodeSize });
        return false;
      }
      const joinsBack = (block.kind === 'split' && decision === 'reject') || (block.kind === 'join' && decision === 'accept');
      if (joinsBack) joins.push(pos);
      else attributeChanges.push(decidedMarkup(pos, node, block, decision));
    }
    if (!node.isInline) return true;
    const proposal = formatChangeOf(node);
    if (proposal && matches(formatChangeAttrs(proposal).id)) formatDecisions.push({ from: pos, to: pos + node.nodeSize, proposal });
    const mark = suggestionMarkOf(node);
    if (mark && matches(suggestionMarkAttrs(mark).id)) {
      const keepsText = (mark.type.name === INSERTION) === (decision === 'accept');
      if (keepsText) markRemovals.push({ from: pos, to: pos + node.nodeSize, mark });
      else removals.push({ from: pos, to: pos + node.nodeSize });
    }
    return false;
  });

  for (const { pos, attrs, type } of attributeChanges) {
    if (type) tr.setNodeMarkup(pos, type, attrs);
    else for (const [key, value] of Object.entries(attrs)) tr.setNodeAttribute(pos, key, value);
  }
  for (const { from, to, proposal } of formatDecisions) decideFormat(tr, from, to, proposal, decision);
  for (const { from, to, mark } of markRemovals) tr.removeMark(from, to, mark);
  const afterMarks = tr.steps.length;
  for (const { from, to } of mergeAdjacent(removals).reverse()) tr.delete(from, to);
  // Joins last: a split block must join whatever precedes it once rejected blocks are gone.
  // Into a pending insertion it must not: rejecting that later would lose its words, so
  // the proposal waits until the insertion is decided.
  for (const pos of joins.sort((a, b) => b - a)) {
    const mapped = tr.mapping.slice(afterMarks).map(pos, 1);
    if (joinsIntoInsertion(tr.doc, mapped)) continue;
    if (!joinBlockBackward(tr, mapped)) tr.setNodeAttribute(mapped, 'suggestion', null);
  }
}

/** Accepting a format proposal keeps the formatting as it is; rejecting restores the text's own. */
function decideFormat(tr: Transform, from: number, to: number, proposal: Mark, decision: SuggestionDecision): void {
  if (decision === 'reject') {
    const { added, removed } = formatChangeAttrs(proposal);
    const schema = tr.doc.type.schema;
    for (const mark of marksFromJson(schema, added)) tr.removeMark(from, to, mark);
    for (const mark of marksFromJson(schema, removed)) tr.addMark(from, to, mark);
  }
  tr.removeMark(from, to, proposal);
}

/** A block whose type change is rejected takes back its type, with the attributes it had then. */
function decidedMarkup(
  pos: number,
  node: PMNode,
  block: BlockSuggestion,
  decision: SuggestionDecision,
): { pos: number; attrs: Record<string, unknown>; type?: NodeType } {
  const previousType = block.kind === 'attrs' && decision === 'reject' && block.previousType;
  const type = previousType ? node.type.schema.nodes[previousType] : undefined;
  // The attribute comes from the CRDT: a type that cannot hold these words is not restored.
  if (!type || !type.isTextblock || !type.validContent(node.content)) return { pos, attrs: decidedAttributes(node, block, decision) };
  const attrs: Record<string, unknown> = { suggestion: null };
  for (const [key, value] of Object.entries(block.previous ?? {})) if (Object.hasOwn(type.spec.attrs ?? {}, key) && key !== 'suggestion') attrs[key] = value;
  return { pos, type, attrs };
}

/** The attributes a block takes once its suggestion is decided (only those that change). */
function decidedAttributes(node: PMNode, block: BlockSuggestion, decision: SuggestionDecision): Record<string, unknown> {
  const restored = block.kind === 'attrs' && decision === 'reject' ? (block.previous ?? {}) : {};
  const attrs: Record<string, unknown> = { suggestion: null };
  for (const [key, value] of Object.entries(restored)) {
    if (key !== 'suggestion' && Object.hasOwn(node.attrs, key)) attrs[key] = value;
  }
  return attrs;
}

/** Neighbouring removals in document order, merged into one step each. */
function mergeAdjacent(removals: Removal[]): Removal[] {
  const merged: Removal[] = [];
  for (const removal of [...removals].sort((a, b) => a.from - b.from)) {
    const last = merged[merged.length - 1];
    if (last && removal.from <= last.to) last.to = Math.max(last.to, removal.to);
    else merged.push({ ...removal });
  }
  return merged;
}
