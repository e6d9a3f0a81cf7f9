import type { Logger } from '../log';
import type { DocumentRecord, DocumentStore } from './documentStore';

/** How one derived index (search, measure citations, « À suivre », annex links) follows the documents. */
export interface DerivedIndexHooks {
  /** For the logs: `search`, `measures`, `action_items`, `annex_links`. */
  name: string;
  /** Indexes a document just created, from its initial state. */
  created(record: DocumentRecord, initialState: Uint8Array): Promise<void>;
  /** Indexes a document as it is stored now (a validated one as it was validated). */
  stored(id: string): Promise<void>;
  remove(id: string): Promise<void>;
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
  // Delegating through the prototype, so that every other method (own or inherited, present or
  // added later) passes through unchanged.
  return Object.assign(Object.create(store) as DocumentStore, {
    async create(...args: Parameters<DocumentStore['create']>) {
      await store.create(...args);
      const [record, initialState] = args;
      await guarded(record.id, async () => {
        const created = await store.get(record.id);
        // A letter's body is no compte-rendu: no index lists it (L1).
        if (created && created.kind !== 'letter') await hooks.created(created, initialState);
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
