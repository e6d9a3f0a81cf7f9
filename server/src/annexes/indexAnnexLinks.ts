import type * as Y from 'yjs';
import { annexReferencesOf } from '../../../shared/export/annexReferences';
import { readMeta } from '../../../shared/model/meta';
import { readBodyContent } from '../../../shared/schema/bodyContent';
import type { Logger } from '../log';
import { storedDoc } from '../search/indexDocument';
import type { DocumentRecord, DocumentStore } from '../storage/documentStore';
import type { AnnexLinkIndex, IndexedAnnexLinks } from './annexLinkIndex';

/** What the annex-link index keeps of a document: owner from the record, the rest from the text (N7). */
export function indexedAnnexLinksOf(record: DocumentRecord, doc: Y.Doc): IndexedAnnexLinks {
  const meta = readMeta(doc);
  return {
    id: record.id,
    collectiveId: record.collectiveId,
    title: meta.title || record.title,
    meetingDate: meta.meetingDate ?? null,
    links: annexReferencesOf(readBodyContent(doc))
      .filter((annex) => annex.kind === 'minutes' && annex.documentId !== '')
      .map((annex) => ({ annexNumber: annex.number, targetDocumentId: annex.documentId })),
  };
}

/**
 * Indexes a document's links as it is stored, or forgets it when it no longer exists.
 * A body that does not read keeps its previous links.
 */
export async function indexStoredAnnexLinks(store: DocumentStore, index: AnnexLinkIndex, id: string, logger: Logger): Promise<void> {
  const record = await store.get(id);
  const stored = record && (await store.load(id));
  if (!record || !stored) return index.remove(id);
  const doc = storedDoc(stored);
  try {
    await index.index(indexedAnnexLinksOf(record, doc));
  } catch (error) {
    logger.error('annex_links.index_failed', { doc: id, reason: String(error) });
  } finally {
    doc.destroy();
  }
}
