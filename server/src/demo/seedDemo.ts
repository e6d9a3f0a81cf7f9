import * as Y from 'yjs';
import { minutesMetaSchema } from '../../../shared/api/minutes';
import { type ProseMirrorJSON, writeBodyContent } from '../../../shared/schema/bodyContent';
import type { DocumentStore } from '../storage/documentStore';
import { newDocumentId } from '../storage/documentId';
import demo from './compte-rendu-2013-11-22.json';

/**
 * On an empty database, creates the collective's 22 November 2013 compte-rendu so a
 * first start shows real minutes. Content is written on the server, never by a client.
 */
export async function seedDemo(store: DocumentStore): Promise<string | undefined> {
  if ((await store.list()).length > 0) return undefined;
  const meta = minutesMetaSchema.parse(demo.meta);
  const doc = new Y.Doc({ gc: false });
  writeBodyContent(doc, demo.content as ProseMirrorJSON);
  const now = new Date().toISOString();
  const id = newDocumentId();
  await store.create(
    { id, title: meta.title, meetingDate: meta.meetingDate ?? null, createdAt: now, updatedAt: now },
    Y.encodeStateAsUpdate(doc),
  );
  doc.destroy();
  return id;
}
