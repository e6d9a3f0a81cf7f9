import type { Logger } from '../log';
import type { DocumentStore } from '../storage/documentStore';
import type { ActionItemIndex } from './actionItemIndex';
import { actionItemDocumentOfUpdates } from './actionItemDocumentOf';

/** Indexes a document as it is stored (a validated one as it was validated), or forgets it when it is gone. */
export async function indexStoredActionItems(store: DocumentStore, index: ActionItemIndex, id: string): Promise<void> {
  const record = await store.get(id);
  const stored = record && (await store.load(id));
  if (!record || !stored) return index.remove(id);
  await index.index(actionItemDocumentOfUpdates(record, [stored.state, ...stored.updates]));
}

/**
 * The document store, with the action-item index following what is created (API, import,
 * demo, next minutes), deleted, or changes status. Edits are indexed by the relay's
 * ActionItemMirror in the pauses of typing. A failure of the index is logged and never
 * fails the write: the index is derived data.
 */
export function actionItemIndexingStore(store: DocumentStore, index: ActionItemIndex, logger: Logger): DocumentStore {
  const guarded = async (id: string, work: () => Promise<void>) => {
    try {
      await work();
    } catch (error) {
      logger.error('action_items.index_failed', { doc: id, reason: String(error) });
    }
  };
  // Delegating through the prototype, so every other method passes through unchanged.
  return Object.assign(Object.create(store) as DocumentStore, {
    async create(...args: Parameters<DocumentStore['create']>) {
      await store.create(...args);
      const [record, initialState] = args;
      await guarded(record.id, async () => {
        const created = await store.get(record.id);
        if (created) await index.index(actionItemDocumentOfUpdates(created, [initialState]));
      });
    },
    async delete(id: string) {
      await store.delete(id);
      await guarded(id, () => index.remove(id));
    },
    async setStatus(...args: Parameters<DocumentStore['setStatus']>) {
      await store.setStatus(...args);
      await guarded(args[0], () => indexStoredActionItems(store, index, args[0]));
    },
  } satisfies Partial<DocumentStore>);
}
