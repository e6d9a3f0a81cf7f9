export interface DiffOp {
  op: 'equal' | 'insert' | 'delete';
  text: string;
}

/** Words, runs of spaces and single punctuation marks: what a reader sees change. */
const tokenize = (text: string): string[] => text.match(/\s+|[\p{L}\p{N}_'’-]+|[^\s\p{L}\p{N}_'’-]/gu) ?? [];

/** Above this many token pairs the diff gives up on detail (one delete, one insert). */
const MAX_CELLS = 4_000_000;

/**
 * Word-level diff of two texts by longest common subsequence, merged into runs.
 * Quadratic, which is fine for the size of a paragraph or a speaker turn.
 */
export function wordDiff(before: string, after: string): DiffOp[] {
  if (before === after) return before ? [{ op: 'equal', text: before }] : [];
  const a = tokenize(before);
  const b = tokenize(after);
  if (a.length * b.length > MAX_CELLS) return join([{ op: 'delete', text: before }, { op: 'insert', text: after }]);
  // lengths[i][j] = LCS length of a[i..] and b[j..]
  const lengths: Uint32Array[] = Array.from({ length: a.length + 1 }, () => new Uint32Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lengths[i]![j] = a[i] === b[j] ? lengths[i + 1]![j + 1]! + 1 : Math.max(lengths[i + 1]![j]!, lengths[i]![j + 1]!);
    }
  }
  const ops: DiffOp[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      ops.push({ op: 'equal', text: a[i++]! });
      j++;
    } else if (lengths[i + 1]![j]! >= lengths[i]![j + 1]!) {
      ops.push({ op: 'delete', text: a[i++]! });
    } else {
      ops.push({ op: 'insert', text: b[j++]! });
    }
  }
  while (i < a.length) ops.push({ op: 'delete', text: a[i++]! });
  while (j < b.length) ops.push({ op: 'insert', text: b[j++]! });
  return merge(ops);
}

/**
 * Groups each run of changes into one deletion then one insertion, absorbing the lone
 * spaces between changed words, so « 31 janvier » → « 7 février » reads as one change.
 */
function merge(tokens: DiffOp[]): DiffOp[] {
  const isChange = (k: number) => tokens[k] !== undefined && tokens[k]!.op !== 'equal';
  const ops: DiffOp[] = [];
  let deleted = '';
  let inserted = '';
  const flush = () => {
    if (deleted) ops.push({ op: 'delete', text: deleted });
    if (inserted) ops.push({ op: 'insert', text: inserted });
    deleted = inserted = '';
  };
  tokens.forEach((token, k) => {
    const bridging = token.op === 'equal' && /^\s+$/.test(token.text) && isChange(k - 1) && isChange(k + 1);
    if (token.op === 'delete' || bridging) deleted += token.text;
    if (token.op === 'insert' || bridging) inserted += token.text;
    if (token.op === 'equal' && !bridging) {
      flush();
      ops.push(token);
    }
  });
  flush();
  return join(ops);
}

function join(ops: DiffOp[]): DiffOp[] {
  const merged: DiffOp[] = [];
  for (const op of ops) {
    if (!op.text) continue;
    const last = merged.at(-1);
    if (last?.op === op.op) last.text += op.text;
    else merged.push({ ...op });
  }
  return merged;
}
