import * as Y from 'yjs';
import { readMeta } from '../../../shared/model/meta';
import type { Logger } from '../log';
import type { DerivedIndexName } from '../relay/derivedIndexReads';
import { derivedIndexingStore } from './derivedIndexingStore';
import type { DocumentRecord, DocumentStore } from './documentStore';
import { storedDoc } from './storedDoc';

/** A derived index that keeps, per document, what it reads of the text (search, measure citations, annex links). */
export interface TextDerivedIndex<Indexed> {
  /** For the logs: `search`, `measures`, `annex_links`. */
  name: keyof typeof READINGS;
  index: { index(document: Indexed): Promise<void>; remove(documentId: string): Promise<void> };
  /** What the index keeps of a document, read from its text. */
  indexedOf(record: DocumentRecord, doc: Y.Doc): Indexed;
}

/** Which of the indexing worker's readings (derivedIndexReads) each text index keeps. */
const READINGS = { search: 'search', measures: 'measures', annex_links: 'annexLinks' } as const satisfies Record<string, DerivedIndexName>;

/** Who owns a document from its record; its title and meeting date from the text itself (the record mirrors them a little later, M5). */
export function indexedHeadingOf(record: DocumentRecord, doc: Y.Doc) {
  const meta = readMeta(doc);
  return { id: record.id, collectiveId: record.collectiveId, title: meta.title || record.title, meetingDate: meta.meetingDate ?? null };
}

/**
 * Indexes a document as it is stored (a validated one as it was validated), or forgets it
 * when it no longer exists. A body that does not read keeps what was indexed before.
 */
export async function indexStoredText<Indexed>(
  store: DocumentStore,
  text: TextDerivedIndex<Indexed>,
  id: string,
  logger: Logger,
): Promise<void> {
  const record = await store.get(id);
  const stored = record && (await store.load(id));
  if (!record || !stored) return text.index.remove(id);
  const doc = storedDoc(stored);
  try {
    await text.index.index(text.indexedOf(record, doc));
  } catch (error) {
    logger.error(`${text.name}.index_failed`, { doc: id, reason: String(error) });
  } finally {
    doc.destroy();
  }
}

/** `indexStoredText` for an index given as itself, as a start-up rebuild calls it. */
export function indexStoredTextOf<Index, Indexed>(textIndexOf: (index: Index) => TextDerivedIndex<Indexed>) {
  return (store: DocumentStore, index: Index, id: string, logger: Logger) => indexStoredText(store, textIndexOf(index), id, logger);
}

/** The document store, with a text-derived index following what is created, deleted or validated. */
export function textIndexingStore<Indexed>(store: DocumentStore, text: TextDerivedIndex<Indexed>, logger: Logger): DocumentStore {
  return derivedIndexingStore(
    store,
    {
      name: text.name,
      async created(record, initialState) {
        const doc = new Y.Doc({ gc: false });
        try {
          Y.applyUpdate(doc, initialState);
          await text.index.index(text.indexedOf(record, doc));
        } finally {
          doc.destroy();
        }
      },
      createdFromReading: (documents) => text.index.index(documents[READINGS[text.name]] as Indexed),
      stored: (id) => indexStoredText(store, text, id, logger),
      remove: (id) => text.index.remove(id),
    },
    logger,
  );
}
