import type Database from 'better-sqlite3';

/**
 * How long one write transaction of a derived index may hold the event loop. Writing a long
 * document's 5,000 passages at once held it 250–320 ms (issue 21): every other user's
 * keystrokes waited that long.
 */
export const WRITE_SLICE_MS = 8;

/**
 * Runs `step` over and over, in transactions of about WRITE_SLICE_MS each, with a yield to
 * the event loop between two of them, until `step` answers false (done). Before each
 * transaction `wanted()` says whether the write is still wanted; when it is not, the write
 * stops there. Answers whether it ran to the end. The first transaction runs before this
 * returns, so a caller that checked something just before knows it still held then.
 */
export async function writeInSlices(db: Database.Database, wanted: () => boolean, step: () => boolean): Promise<boolean> {
  const slice = db.transaction(() => {
    const started = performance.now();
    let more = true;
    while (more && performance.now() - started < WRITE_SLICE_MS) more = step();
    return more;
  });
  for (;;) {
    if (!wanted()) return false;
    if (!slice()) return true;
    // setImmediate, not a promise: sockets and timers run before the next slice (R25).
    await new Promise((resolve) => setImmediate(resolve));
  }
}
