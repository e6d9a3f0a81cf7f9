import { type DocumentBlock, type MeasureMention, documentBlocks } from './documentBlocks';
import { type DiffOp, wordDiff } from './wordDiff';

export interface BlockDiff {
  status: 'equal' | 'added' | 'removed' | 'modified';
  type: string;
  label: string;
  ops: DiffOp[];
  /** Measures referenced by the block in either version, for naming them. */
  measures: MeasureMention[];
}

export interface DocumentDiff {
  /** Every block of both versions in reading order, for the highlighted document view. */
  blocks: BlockDiff[];
  /** Only what changed, for the list of changed blocks. */
  changes: BlockDiff[];
}

const keyOf = (block: DocumentBlock) => block.id ?? `${block.type}\u0000${block.text}`;

/** Pairs of indices of the longest common subsequence of block keys. */
function alignBlocks(a: DocumentBlock[], b: DocumentBlock[]): Array<[number, number]> {
  const lengths = Array.from({ length: a.length + 1 }, () => new Uint32Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lengths[i]![j] = keyOf(a[i]!) === keyOf(b[j]!) ? lengths[i + 1]![j + 1]! + 1 : Math.max(lengths[i + 1]![j]!, lengths[i]![j + 1]!);
    }
  }
  const pairs: Array<[number, number]> = [];
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (keyOf(a[i]!) === keyOf(b[j]!)) pairs.push([i++, j++]);
    else if (lengths[i + 1]![j]! >= lengths[i]![j + 1]!) i++;
    else j++;
  }
  return pairs;
}

const mentions = (...blocks: DocumentBlock[]): MeasureMention[] => {
  const seen = new Map<string, MeasureMention>();
  for (const m of blocks.flatMap((b) => b.measures)) seen.set(`${m.plan}/${m.number}/${m.item}`, m);
  return [...seen.values()];
};

const compare = (before: DocumentBlock, after: DocumentBlock): BlockDiff => ({
  status: before.text === after.text ? 'equal' : 'modified',
  type: after.type,
  label: after.label,
  ops: wordDiff(before.text, after.text),
  measures: mentions(before, after),
});

/**
 * What changed between two versions, block by block. Speaker turns and À suivre boxes
 * are matched by their stable ids, so an edited turn reads as « modified », not as one
 * removed and one added; other blocks are matched by content, and unmatched blocks of
 * the same type between two matches are paired as modifications.
 */
export function diffDocuments(before: { type?: string; content?: unknown }, after: { type?: string; content?: unknown }): DocumentDiff {
  const a = documentBlocks(before);
  const b = documentBlocks(after);
  const blocks: BlockDiff[] = [];
  const removed = (block: DocumentBlock): BlockDiff => ({
    status: 'removed', type: block.type, label: block.label, ops: [{ op: 'delete', text: block.text }], measures: block.measures,
  });
  const added = (block: DocumentBlock): BlockDiff => ({
    status: 'added', type: block.type, label: block.label, ops: [{ op: 'insert', text: block.text }], measures: block.measures,
  });
  const gap = (from: DocumentBlock[], to: DocumentBlock[]) => {
    const pending = [...to];
    for (const old of from) {
      const partner = old.id === null ? pending.findIndex((n) => n.id === null && n.type === old.type) : -1;
      if (partner >= 0) {
        for (const skipped of pending.splice(0, partner)) blocks.push(added(skipped));
        blocks.push(compare(old, pending.shift()!));
      } else {
        blocks.push(removed(old));
      }
    }
    for (const rest of pending) blocks.push(added(rest));
  };
  let i = 0;
  let j = 0;
  for (const [pi, pj] of [...alignBlocks(a, b), [a.length, b.length] as [number, number]]) {
    gap(a.slice(i, pi), b.slice(j, pj));
    if (pi < a.length && pj < b.length) blocks.push(compare(a[pi]!, b[pj]!));
    i = pi + 1;
    j = pj + 1;
  }
  return { blocks, changes: blocks.filter((block) => block.status !== 'equal') };
}
