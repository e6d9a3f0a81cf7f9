import type { Logger } from '../log';
import { derivedIndexingStore } from '../storage/derivedIndexingStore';
import type { DocumentStore } from '../storage/documentStore';
import type { ActionItemDocument, ActionItemIndex } from './actionItemIndex';
import { actionItemDocumentOfUpdates } from './actionItemDocumentOf';

/** Indexes a document as it is stored (a validated one as it was validated), or forgets it when it is gone. */
export async function indexStoredActionItems(store: DocumentStore, index: ActionItemIndex, id: string): Promise<void> {
  const record = await store.get(id);
  const stored = record && (await store.load(id));
  if (!record || !stored) return index.remove(id);
  await index.index(actionItemDocumentOfUpdates(record, [stored.state, ...stored.updates]));
}

/** The document store, with the action-item index following what is created, deleted or validated. */
export function actionItemIndexingStore(store: DocumentStore, index: ActionItemIndex, logger: Logger): DocumentStore {
  return derivedIndexingStore(
    store,
    {
      name: 'action_items',
      created: (record, initialState) => index.index(actionItemDocumentOfUpdates(record, [initialState])),
      createdFromReading: ({ actionItems }) => index.index(actionItems as ActionItemDocument),
      stored: (id) => indexStoredActionItems(store, index, id),
      remove: (id) => index.remove(id),
    },
    logger,
  );
}
