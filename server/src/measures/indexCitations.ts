import type * as Y from 'yjs';
import type { DocumentRecord } from '../storage/documentStore';
import { indexedHeadingOf, type TextDerivedIndex } from '../storage/textDerivedIndex';
import { measureCitations } from './measureCitations';
import type { IndexedCitations, MeasureIndex } from './measureIndex';

/** What the measure index keeps of a document: owner and status from the record, the rest from the text. */
export function indexedCitationsOf(record: DocumentRecord, doc: Y.Doc): IndexedCitations {
  return { ...indexedHeadingOf(record, doc), status: record.status, citations: measureCitations(doc) };
}

/** How the measure index reads a document's text. */
export const measureTextIndex = (index: MeasureIndex): TextDerivedIndex<IndexedCitations> => ({
  name: 'measures',
  index,
  indexedOf: indexedCitationsOf,
});

