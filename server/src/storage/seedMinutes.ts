import * as Y from 'yjs';
import type { CreateMinutesRequest } from '../../../shared/api/minutes';
import { writeMeta } from '../../../shared/model/meta';
import { writeParticipants } from '../../../shared/model/participants';
import { writeBodyContent } from '../../../shared/schema/bodyContent';
import { newBlockId } from '../../../shared/schema/blockId';
import type { DocumentStore, NewDocumentRecord } from './documentStore';
import { newDocumentId } from './documentId';

/** Raised when the body content does not fit the schema; `message` is ProseMirror's. */
export class InvalidContentError extends Error {}

/**
 * A new compte-rendu's initial state, written on the server, never by an editor (a
 * collaborative editor seeding content would duplicate it on every client). Pure, so an
 * import builds it in a worker thread (a long one takes 70–160 ms).
 */
export function seededState(request: CreateMinutesRequest): Uint8Array {
  const doc = new Y.Doc({ gc: false });
  try {
    writeMeta(doc, request.meta);
    if (request.participants) {
      writeParticipants(
        doc,
        request.participants.map((participant) => ({ ...participant, id: participant.id ?? newBlockId() })),
      );
    }
    if (request.content) {
      try {
        writeBodyContent(doc, request.content);
      } catch (error) {
        throw new InvalidContentError((error as Error).message);
      }
    }
    return Y.encodeStateAsUpdate(doc);
  } finally {
    doc.destroy();
  }
}

/** Stores a compte-rendu from its initial state (seededState); answers its id. */
export async function createSeeded(
  store: DocumentStore,
  collectiveId: string,
  request: Pick<CreateMinutesRequest, 'meta' | 'seriesId'>,
  initialState: Uint8Array,
): Promise<string> {
  const now = new Date().toISOString();
  const record: NewDocumentRecord = {
    id: newDocumentId(),
    collectiveId,
    ...(request.seriesId ? { seriesId: request.seriesId } : {}),
    title: request.meta.title,
    meetingDate: request.meta.meetingDate ?? null,
    createdAt: now,
    updatedAt: now,
    status: 'draft',
    validation: null,
  };
  await store.create(record, initialState);
  return record.id;
}

/** Creates a compte-rendu with its content written on the server (seededState). */
export function seedMinutes(store: DocumentStore, collectiveId: string, request: CreateMinutesRequest): Promise<string> {
  return createSeeded(store, collectiveId, request, seededState(request));
}
