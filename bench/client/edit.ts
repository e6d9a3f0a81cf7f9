/**
 * An edit as writers type it into the shared text: a short token naming its writer,
 * its sequence number and when it was made. Every client lives in the harness
 * process, so `performance.now()` is one clock for writers and receivers alike.
 */
export interface Edit {
  writer: number;
  seq: number;
  /** performance.now() of the writer when it made the edit. */
  madeAt: number;
}

export const encodeEdit = ({ writer, seq, madeAt }: Edit): string => `[w${writer}#${seq}@${madeAt.toFixed(3)}]`;

/** Identifies an edit in the sets of edits each replica has seen. */
export const editKey = (writer: number, seq: number): string => `${writer}#${seq}`;

const editPattern = /\[w(\d+)#(\d+)@(\d+\.\d+)\]/g;

/**
 * The edits in a piece of inserted text. Tokens are inserted whole at the end of the
 * text, so no later insert ever splits one; an insert may hold several when a server
 * merged updates.
 */
export function readEdits(inserted: string): Edit[] {
  return [...inserted.matchAll(editPattern)].map((match) => ({
    writer: Number(match[1]),
    seq: Number(match[2]),
    madeAt: Number(match[3]),
  }));
}
