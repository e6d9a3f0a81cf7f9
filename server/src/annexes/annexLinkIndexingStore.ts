import type { Logger } from '../log';
import type { DocumentStore } from '../storage/documentStore';
import { textIndexingStore } from '../storage/textDerivedIndex';
import type { AnnexLinkIndex } from './annexLinkIndex';
import { annexLinkTextIndex } from './indexAnnexLinks';

/** The document store, with the annex-link index following what is created, deleted or validated (N7). */
export function annexLinkIndexingStore(store: DocumentStore, index: AnnexLinkIndex, logger: Logger): DocumentStore {
  return textIndexingStore(store, annexLinkTextIndex(index), logger);
}
