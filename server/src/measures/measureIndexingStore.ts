import type { Logger } from '../log';
import type { DocumentStore } from '../storage/documentStore';
import { textIndexingStore } from '../storage/textDerivedIndex';
import { measureTextIndex } from './indexCitations';
import type { MeasureIndex } from './measureIndex';

/** The document store, with the measure index following what is created, deleted or validated (X4). */
export function measureIndexingStore(store: DocumentStore, index: MeasureIndex, logger: Logger): DocumentStore {
  return textIndexingStore(store, measureTextIndex(index), logger);
}
