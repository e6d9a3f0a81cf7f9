import type * as Y from 'yjs';
import type { ActionItemDocument, ActionItemIndex } from '../actionItems/actionItemIndex';
import { actionItemDocumentOf } from '../actionItems/actionItemDocumentOf';
import type { AnnexLinkIndex, IndexedAnnexLinks } from '../annexes/annexLinkIndex';
import { indexedAnnexLinksOf } from '../annexes/indexAnnexLinks';
import { indexedCitationsOf } from '../measures/indexCitations';
import type { IndexedCitations, MeasureIndex } from '../measures/measureIndex';
import { indexedDocumentOf } from '../search/indexDocument';
import type { IndexedDocument, SearchIndex } from '../search/searchIndex';
import type { DocumentRecord } from '../storage/documentStore';

/** What each derived index keeps of one document: plain data, so a worker thread can answer it. */
export interface DerivedIndexDocuments {
  search: IndexedDocument;
  measures: IndexedCitations;
  actionItems: ActionItemDocument;
  annexLinks: IndexedAnnexLinks;
}

export type DerivedIndexName = keyof DerivedIndexDocuments;

/** The derived indexes a server keeps, by name. */
export interface DerivedIndexes {
  search?: SearchIndex;
  measures?: MeasureIndex;
  actionItems?: ActionItemIndex;
  annexLinks?: AnnexLinkIndex;
}

/** The same functions as creation and start-up use: each index keeps the same thing whoever reads. */
const readers: { [Name in DerivedIndexName]: (record: DocumentRecord, doc: Y.Doc) => DerivedIndexDocuments[Name] } = {
  search: indexedDocumentOf,
  measures: indexedCitationsOf,
  actionItems: actionItemDocumentOf,
  annexLinks: indexedAnnexLinksOf,
};

/** Reads, from one Y.Doc, what each of the `names` indexes keeps of it. */
export function readDerivedIndexes(record: DocumentRecord, doc: Y.Doc, names: readonly DerivedIndexName[]): Partial<DerivedIndexDocuments> {
  const documents: Partial<DerivedIndexDocuments> = {};
  const read = <Name extends DerivedIndexName>(name: Name) => {
    documents[name] = readers[name](record, doc);
  };
  names.forEach(read);
  return documents;
}
