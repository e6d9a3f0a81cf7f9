import { createHash } from 'node:crypto';
import { setImmediate as nextTurn } from 'node:timers/promises';

const SLICE_BYTES = 1024 * 1024;

/** Hex SHA-256 of `bytes`, a megabyte per turn of the event loop: 20 Mo hashed at once hold it tens of milliseconds. */
export async function sha256InSlices(bytes: Uint8Array): Promise<string> {
  const hash = createHash('sha256');
  for (let at = 0; at < bytes.length; at += SLICE_BYTES) {
    if (at > 0) await nextTurn();
    hash.update(bytes.subarray(at, at + SLICE_BYTES));
  }
  return hash.digest('hex');
}
