import { createHash } from 'node:crypto';
import type * as Y from 'yjs';
import { type MinutesMeta, readMeta } from '../../../shared/model/meta';
import { type Participant, readParticipants } from '../../../shared/model/participants';
import { type ProseMirrorJSON, readBodyContent } from '../../../shared/schema/bodyContent';

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

/** The hash an approval names: anyone can recompute it from the version's content. */
export const contentHash = (content: DocumentContent): string =>
  createHash('sha256').update(canonical(content)).digest('hex');
