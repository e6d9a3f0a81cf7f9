import * as Y from 'yjs';
import { readMeta } from '../../../shared/model/meta';
import type { Logger } from '../log';
import type { DocumentRecord, DocumentStore } from '../storage/documentStore';
import { documentPassages } from './documentPassages';
import type { IndexedDocument, SearchIndex } from './searchIndex';

/**
 * What the index keeps of a document: who owns it and its status from the record, the
 * title and meeting date from the text itself (the record mirrors them a little later, M5).
 */
export function indexedDocumentOf(record: DocumentRecord, doc: Y.Doc): IndexedDocument {
  const meta = readMeta(doc);
  return {
    id: record.id,
    collectiveId: record.collectiveId,
    seriesId: record.seriesId,
    title: meta.title || record.title,
    meetingDate: meta.meetingDate ?? null,
    status: record.status,
    passages: documentPassages(doc),
  };
}

/** Rebuilds the Y.Doc from what is stored; an update that does not apply is left out, as the relay would. */
export function storedDoc(stored: NonNullable<Awaited<ReturnType<DocumentStore['load']>>>): Y.Doc {
  const doc = new Y.Doc({ gc: false });
  for (const update of [stored.state, ...stored.updates]) {
    if (!update) continue;
    try {
      Y.applyUpdate(doc, update);
    } catch {
      // The relay sets such an update aside when the document is next opened (R26).
    }
  }
  return doc;
}

/**
 * Indexes a document as it is stored (a validated one as it was validated), or forgets
 * it when it no longer exists. A body that does not read keeps its previous passages.
 */
export async function indexStoredDocument(store: DocumentStore, index: SearchIndex, id: string, logger: Logger): Promise<void> {
  const record = await store.get(id);
  const stored = record && (await store.load(id));
  if (!record || !stored) return index.remove(id);
  const doc = storedDoc(stored);
  try {
    await index.index(indexedDocumentOf(record, doc));
  } catch (error) {
    logger.error('search.index_failed', { doc: id, reason: String(error) });
  } finally {
    doc.destroy();
  }
}
