import type { Logger } from '../log';
import type { AccountStore } from '../storage/accountStore';
import type { DocumentStore } from '../storage/documentStore';
import { rebuildDerivedIndex } from '../storage/rebuildDerivedIndex';
import { indexStoredCitations } from './indexCitations';
import { MEASURE_INDEX_VERSION, type MeasureIndex } from './measureIndex';

/** Brings the measure index up to date at start-up (SPEC X3). */
export function rebuildMeasureIndex(
  deps: { documents: DocumentStore; accounts: Pick<AccountStore, 'listCollectives'>; measures: MeasureIndex },
  logger: Logger,
  version = MEASURE_INDEX_VERSION,
): Promise<number> {
  const { documents, measures } = deps;
  return rebuildDerivedIndex('measures', deps, measures, (id) => indexStoredCitations(documents, measures, id, logger), logger, version);
}
