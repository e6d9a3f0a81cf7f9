import type * as Y from 'yjs';
import { annexReferencesOf } from '../../../shared/export/annexReferences';
import { readBodyContent } from '../../../shared/schema/bodyContent';
import type { DocumentRecord } from '../storage/documentStore';
import { indexedHeadingOf, type TextDerivedIndex } from '../storage/textDerivedIndex';
import type { AnnexLinkIndex, IndexedAnnexLinks } from './annexLinkIndex';

/** What the annex-link index keeps of a document: owner from the record, the rest from the text (N7). */
export function indexedAnnexLinksOf(record: DocumentRecord, doc: Y.Doc): IndexedAnnexLinks {
  return {
    ...indexedHeadingOf(record, doc),
    links: annexReferencesOf(readBodyContent(doc))
      .filter((annex) => annex.kind === 'minutes' && annex.documentId !== '')
      .map((annex) => ({ annexNumber: annex.number, targetDocumentId: annex.documentId })),
  };
}

/** How the annex-link index reads a document's text. */
export const annexLinkTextIndex = (index: AnnexLinkIndex): TextDerivedIndex<IndexedAnnexLinks> => ({
  name: 'annex_links',
  index,
  indexedOf: indexedAnnexLinksOf,
});

