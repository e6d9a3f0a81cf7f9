import type { Logger } from '../log';
import type { DerivedIndexDocuments, DerivedIndexName } from '../relay/derivedIndexReads';
import { sharedIndexingPool } from '../relay/indexingPool';
import type { DocumentRecord, DocumentStore } from './documentStore';

/** How one derived index (search, measure citations, « À suivre », annex links) follows the documents. */
export interface DerivedIndexHooks {
  /** For the logs: `search`, `measures`, `action_items`, `annex_links`. */
  name: string;
  /** Indexes a small document just created, read from its initial state on the event loop. */
  created(record: DocumentRecord, initialState: Uint8Array): Promise<void>;
  /** Indexes a large document just created, from what the indexing worker read of it for every index. */
  createdFromReading(documents: Partial<DerivedIndexDocuments>): Promise<void>;
  /** Indexes a document as it is stored now (a validated one as it was validated). */
  stored(id: string): Promise<void>;
  remove(id: string): Promise<void>;
}

/**
 * From this initial state size on, a new document is read in the indexing worker thread, as
 * the relay's DerivedIndexMirror reads one (its INLINE_STATE_BYTES): an imported 100-page
 * compte-rendu took 30–80 ms per index to read on the event loop (issue 21).
 */
const INLINE_STATE_BYTES = 32 * 1024;

const EVERY_READING: DerivedIndexName[] = ['search', 'measures', 'actionItems', 'annexLinks'];

/**
 * The worker's reading of each new large document, by its initial state: every index wrapping
 * the store is handed the same state object in turn, so one read serves all four.
 */
const workerReadings = new WeakMap<Uint8Array, { id: string; documents: Promise<Partial<DerivedIndexDocuments>> }>();

function readInWorker(record: DocumentRecord, initialState: Uint8Array): Promise<Partial<DerivedIndexDocuments>> {
  const reading = workerReadings.get(initialState);
  // The same bytes may seed another document: its reading is its own.
  if (reading?.id === record.id) return reading.documents;
  const documents = sharedIndexingPool().read({ record, state: initialState, names: EVERY_READING });
  workerReadings.set(initialState, { id: record.id, documents });
  return documents;
}

/**
 * The document store, with a derived index following what is created (API, import, demo,
 * next minutes), deleted, or changes status. Edits are indexed by the relay's
 * DerivedIndexMirror in the pauses of typing. A failure of the index is logged and never
 * fails the write: the index is derived data, rebuilt at start-up when it is behind.
 */
export function derivedIndexingStore(store: DocumentStore, hooks: DerivedIndexHooks, logger: Logger): DocumentStore {
  const guarded = async (id: string, work: () => Promise<void>) => {
    try {
      await work();
    } catch (error) {
      logger.error(`${hooks.name}.index_failed`, { doc: id, reason: String(error) });
    }
  };
  const indexCreated = async (record: DocumentRecord, initialState: Uint8Array) => {
    if (initialState.byteLength < INLINE_STATE_BYTES) return hooks.created(record, initialState);
    return hooks.createdFromReading(await readInWorker(record, initialState));
  };
  // Delegating through the prototype, so that every other method (own or inherited, present or
  // added later) passes through unchanged.
  return Object.assign(Object.create(store) as DocumentStore, {
    async create(...args: Parameters<DocumentStore['create']>) {
      await store.create(...args);
      const [record, initialState] = args;
      await guarded(record.id, async () => {
        const created = await store.get(record.id);
        // A letter's body is no compte-rendu: no index lists it (L1).
        if (created && created.kind !== 'letter') await indexCreated(created, initialState);
      });
    },
    async delete(id: string) {
      await store.delete(id);
      await guarded(id, () => hooks.remove(id));
    },
    async setStatus(...args: Parameters<DocumentStore['setStatus']>) {
      await store.setStatus(...args);
      await guarded(args[0], () => hooks.stored(args[0]));
    },
  } satisfies Partial<DocumentStore>);
}
