import type { Logger } from '../log';
import { TimeSlices } from '../relay/timeSlices';
import type { AccountStore } from '../storage/accountStore';
import type { DocumentStore } from '../storage/documentStore';
import { indexStoredCitations } from './indexCitations';
import { MEASURE_INDEX_VERSION, type MeasureIndex } from './measureIndex';

/**
 * Brings the measure index up to date at start-up (SPEC X3): an index of another shape
 * version is emptied, then every document it does not hold is indexed, one at a time,
 * yielding to the event loop between slices (R25) so the server answers meanwhile.
 */
export async function rebuildMeasureIndex(
  deps: { documents: DocumentStore; accounts: Pick<AccountStore, 'listCollectives'>; measures: MeasureIndex },
  logger: Logger,
  version = MEASURE_INDEX_VERSION,
): Promise<number> {
  const { documents, accounts, measures } = deps;
  const stored = await measures.storedVersion();
  if (stored !== version) {
    logger.info('measures.index_reset', { from: stored ?? null, to: version });
    await measures.reset(version);
  }
  const indexed = await measures.indexedDocumentIds();
  const slices = new TimeSlices();
  let count = 0;
  for (const collective of await accounts.listCollectives()) {
    for (const record of await documents.list(collective.id)) {
      if (indexed.has(record.id)) continue;
      await indexStoredCitations(documents, measures, record.id, logger);
      count++;
      await slices.pause();
    }
  }
  if (count > 0) logger.info('measures.index_built', { documents: count });
  return count;
}
