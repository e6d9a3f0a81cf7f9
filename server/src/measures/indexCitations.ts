import type * as Y from 'yjs';
import { readMeta } from '../../../shared/model/meta';
import type { Logger } from '../log';
import { storedDoc } from '../search/indexDocument';
import type { DocumentRecord, DocumentStore } from '../storage/documentStore';
import { measureCitations } from './measureCitations';
import type { IndexedCitations, MeasureIndex } from './measureIndex';

/** What the measure index keeps of a document: owner and status from the record, the rest from the text. */
export function indexedCitationsOf(record: DocumentRecord, doc: Y.Doc): IndexedCitations {
  const meta = readMeta(doc);
  return {
    id: record.id,
    collectiveId: record.collectiveId,
    title: meta.title || record.title,
    meetingDate: meta.meetingDate ?? null,
    status: record.status,
    citations: measureCitations(doc),
  };
}

/**
 * Indexes a document's citations as it is stored (a validated one as it was validated),
 * or forgets it when it no longer exists. A body that does not read keeps its previous citations.
 */
export async function indexStoredCitations(store: DocumentStore, index: MeasureIndex, id: string, logger: Logger): Promise<void> {
  const record = await store.get(id);
  const stored = record && (await store.load(id));
  if (!record || !stored) return index.remove(id);
  const doc = storedDoc(stored);
  try {
    await index.index(indexedCitationsOf(record, doc));
  } catch (error) {
    logger.error('measures.index_failed', { doc: id, reason: String(error) });
  } finally {
    doc.destroy();
  }
}
