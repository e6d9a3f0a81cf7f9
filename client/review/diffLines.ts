import type { DiffOp } from '../../shared/review/wordDiff';

/** Block types whose compared text starts with a header line (who speaks, who follows up). */
const HEADED_TYPES: ReadonlySet<string> = new Set(['speakerTurn', 'actionItem']);

export const hasHeaderLine = (type: string): boolean => HEADED_TYPES.has(type);

/**
 * Splits a block's diff into its header line and its body. Each side of the diff counts
 * its own lines (deletions belong to the old text, insertions to the new one), so a header
 * rewritten as a whole stays in the header even when the body changed too.
 */
export function splitHeaderLine(ops: DiffOp[]): { header: DiffOp[]; body: DiffOp[] } {
  const header: DiffOp[] = [];
  const body: DiffOp[] = [];
  let oldInHeader = true;
  let newInHeader = true;
  for (const { op, text } of ops) {
    const inHeader = () => (op === 'delete' ? oldInHeader : newInHeader);
    const [first, ...rest] = text.split('\n');
    if (first) (inHeader() ? header : body).push({ op, text: first });
    if (rest.length === 0) continue;
    // The first newline of a side ends its header; it separates, it is not content.
    const restText = inHeader() ? rest.join('\n') : `\n${rest.join('\n')}`;
    if (op !== 'insert') oldInHeader = false;
    if (op !== 'delete') newInHeader = false;
    if (restText) body.push({ op, text: restText });
  }
  return { header: join(header), body: join(body) };
}

function join(ops: DiffOp[]): DiffOp[] {
  const joined: DiffOp[] = [];
  for (const op of ops) {
    const last = joined.at(-1);
    if (last?.op === op.op) joined[joined.length - 1] = { op: op.op, text: last.text + op.text };
    else joined.push(op);
  }
  return joined;
}
