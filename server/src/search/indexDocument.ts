import type * as Y from 'yjs';
import type { DocumentRecord } from '../storage/documentStore';
import { indexedHeadingOf, type TextDerivedIndex } from '../storage/textDerivedIndex';
import { documentPassages } from './documentPassages';
import type { IndexedDocument, SearchIndex } from './searchIndex';

/** What the search index keeps of a document: its series and status from the record, the rest from the text. */
export function indexedDocumentOf(record: DocumentRecord, doc: Y.Doc): IndexedDocument {
  return { ...indexedHeadingOf(record, doc), seriesId: record.seriesId, status: record.status, passages: documentPassages(doc) };
}

/** How the search index reads a document's text. */
export const searchTextIndex = (index: SearchIndex): TextDerivedIndex<IndexedDocument> => ({
  name: 'search',
  index,
  indexedOf: indexedDocumentOf,
});
