import type { Logger } from '../log';
import { TimeSlices } from '../relay/timeSlices';
import type { AccountStore } from './accountStore';
import type { DerivedIndex } from './derivedIndex';
import type { DocumentStore } from './documentStore';

/** What a start-up rebuild reads the documents from. */
export interface RebuildSources {
  documents: DocumentStore;
  accounts: Pick<AccountStore, 'listCollectives'>;
}

/**
 * Brings a derived index up to date at start-up (Q3, X3): an index of another shape version
 * is emptied, then every document it does not hold (all of them after a reset, in a database
 * made before the index existed, or left by a rebuild cut short) is indexed. One document
 * at a time, yielding to the event loop between slices (R25), so the server answers
 * meanwhile; a document that fails is logged and skipped. Answers how many were indexed.
 */
export async function rebuildDerivedIndex(
  name: string,
  deps: RebuildSources,
  index: Omit<DerivedIndex, 'close'>,
  indexStored: (id: string) => Promise<void>,
  logger: Logger,
  version: number,
): Promise<number> {
  const stored = await index.storedVersion();
  if (stored !== version) {
    logger.info(`${name}.index_reset`, { from: stored ?? null, to: version });
    await index.reset(version);
  }
  const indexed = await index.indexedDocumentIds();
  const slices = new TimeSlices();
  let count = 0;
  for (const collective of await deps.accounts.listCollectives()) {
    for (const record of await deps.documents.list(collective.id)) {
      if (indexed.has(record.id)) continue;
      try {
        await indexStored(record.id);
      } catch (error) {
        logger.error(`${name}.index_failed`, { doc: record.id, reason: String(error) });
      }
      count++;
      await slices.pause();
    }
  }
  if (count > 0) logger.info(`${name}.index_built`, { documents: count });
  return count;
}

/**
 * The start-up rebuild of one derived index, taking the index from `deps[key]` and
 * indexing each missing document with `indexStored`, at the current shape `currentVersion`
 * unless told another (tests).
 */
export function derivedIndexRebuild<Key extends string, Index extends DerivedIndex>(
  name: string,
  key: Key,
  currentVersion: number,
  indexStored: (documents: DocumentStore, index: Index, id: string, logger: Logger) => Promise<void>,
): (deps: RebuildSources & Record<Key, Index>, logger: Logger, version?: number) => Promise<number> {
  return (deps, logger, version = currentVersion) => {
    const indexes: Record<Key, Index> = deps;
    const index = indexes[key];
    return rebuildDerivedIndex(name, deps, index, (id) => indexStored(deps.documents, index, id, logger), logger, version);
  };
}
