import type { ProseMirrorJSON } from '../../schema/bodyContent';
import { type InlineRun, unmarkedEdges } from '../sourceBlock';
import { findMeasureMentions } from './measureRefs';

/** The plan of the collective's registry that measure references point into. */
export interface PlanRegistry {
  id: string;
  /** The measure numbers the registry knows; a reference to another is reported, not dropped. */
  measures?: number[];
}

export interface InlineContext {
  plan: PlanRegistry | undefined;
  /** Called for every reference made, with where, so the report can flag unknown numbers. */
  onReference: (number: number, position: number) => void;
  /** Called for a numbered measure left as text because no plan is known. */
  onUnlinked: () => void;
}

/** Text nodes for `text` with the marks of `run`, spaces at its edges left unmarked (a reference may cut a run). */
const textNodes = (run: InlineRun, text: string): ProseMirrorJSON[] =>
  unmarkedEdges([{ ...run, text }]).map((piece) => {
    const marks = [...(piece.bold ? [{ type: 'bold' }] : []), ...(piece.italic ? [{ type: 'italic' }] : [])];
    return { type: 'text', text: piece.text, ...(marks.length > 0 ? { marks } : {}) };
  });

/** Runs as ProseMirror inline nodes, with measure references as `measureRef` atoms. */
export function inlineNodes(runs: InlineRun[], position: number, context: InlineContext): ProseMirrorJSON[] {
  const nodes: ProseMirrorJSON[] = [];
  for (const run of runs) {
    let cursor = 0;
    const mentions = findMeasureMentions(run.text);
    if (!context.plan) {
      if (mentions.length > 0) context.onUnlinked();
      nodes.push(...textNodes(run, run.text));
      continue;
    }
    for (const mention of mentions) {
      if (mention.start > cursor) nodes.push(...textNodes(run, run.text.slice(cursor, mention.start)));
      for (const part of mention.parts) {
        if (typeof part === 'string') nodes.push(...textNodes(run, part));
        else {
          context.onReference(part.number, position);
          nodes.push({ type: 'measureRef', attrs: { plan: context.plan.id, number: part.number, item: part.item } });
        }
      }
      cursor = mention.end;
    }
    if (cursor < run.text.length) nodes.push(...textNodes(run, run.text.slice(cursor)));
  }
  return mergeTexts(nodes.filter((node) => node.type !== 'text' || (node.text as string).length > 0));
}

const sameMarks = (a: ProseMirrorJSON, b: ProseMirrorJSON) => JSON.stringify(a.marks ?? []) === JSON.stringify(b.marks ?? []);

/** Neighbouring text nodes with the same marks as one, as ProseMirror itself would store them. */
function mergeTexts(nodes: ProseMirrorJSON[]): ProseMirrorJSON[] {
  const merged: ProseMirrorJSON[] = [];
  for (const node of nodes) {
    const previous = merged[merged.length - 1];
    if (previous?.type === 'text' && node.type === 'text' && sameMarks(previous, node)) {
      merged[merged.length - 1] = { ...previous, text: `${previous.text as string}${node.text as string}` };
    } else merged.push(node);
  }
  return merged;
}
