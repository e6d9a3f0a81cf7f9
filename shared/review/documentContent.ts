import { toHexString } from 'lib0/buffer';
import { digest } from 'lib0/hash/sha256';
import type * as Y from 'yjs';
import { type MinutesMeta, readMeta } from '../model/meta';
import { type Participant, readParticipants } from '../model/participants';
import { type ProseMirrorJSON, readBodyContent } from '../schema/bodyContent';

/** Everything an approval or a validation is about: the text and its header. */
export interface DocumentContent {
  meta: MinutesMeta;
  participants: Participant[];
  content: ProseMirrorJSON;
}

export const contentOf = (doc: Y.Doc): DocumentContent => ({
  meta: readMeta(doc),
  participants: readParticipants(doc),
  content: readBodyContent(doc),
});

/** JSON with object keys sorted, so equal content always hashes the same. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * The hash an approval names (W2): anyone can recompute it from the version's content, the
 * editor too, from its own replica (W10). lib0 hashes with node:crypto on the server and in
 * plain JS in the browser, where WebCrypto is missing outside HTTPS.
 */
export const contentHash = (content: DocumentContent): string =>
  toHexString(digest(new TextEncoder().encode(canonical(content))));
