/**
 * Bytes kept outside the database (the files of annexes), by key. Keys are one or more
 * segments of letters, digits, `-` and `_` joined by `/` (so `<documentId>/<annexId>`):
 * nothing a caller passes can name a place outside the store. Every implementation must
 * pass `blobStoreContract` (blobStoreContract.ts).
 */
export interface BlobStore {
  /** Stores `bytes` under `key`, replacing what was there; durable once the promise resolves. */
  put(key: string, bytes: Uint8Array): Promise<void>;
  /** The whole blob, or undefined when there is none. */
  get(key: string): Promise<Uint8Array | undefined>;
  /** The blob in chunks, for large files that should not be held in memory whole. */
  stream(key: string): Promise<AsyncIterable<Uint8Array> | undefined>;
  /** Removes the blob; removing a missing one is not an error. */
  delete(key: string): Promise<void>;
  close(): Promise<void>;
}

const SEGMENT = /^[A-Za-z0-9_-]{1,128}$/;

/** Thrown for a key that is not segments of `[A-Za-z0-9_-]` joined by `/`. */
export class InvalidBlobKeyError extends Error {}

export function checkBlobKey(key: string): string[] {
  const segments = key.split('/');
  if (segments.length > 8 || !segments.every((segment) => SEGMENT.test(segment))) {
    throw new InvalidBlobKeyError(`invalid blob key ${JSON.stringify(key.slice(0, 80))}`);
  }
  return segments;
}
