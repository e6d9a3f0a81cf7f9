import { rebuildActionItemIndex } from '../actionItems/rebuildActionItemIndex';
import { rebuildAnnexLinkIndex } from '../annexes/rebuildAnnexLinkIndex';
import type { Logger } from '../log';
import { rebuildMeasureIndex } from '../measures/rebuildMeasureIndex';
import { rebuildSearchIndex } from '../search/rebuildSearchIndex';
import type { ServerStores } from './serverStores';

/** Fills, in the background, the derived indexes an older database or version lacks (Q3, X4, T1, N7). */
export async function rebuildDerivedIndexes(stores: ServerStores, logger: Logger): Promise<void> {
  const failed = (index: string) => (error: unknown) => logger.error(`${index}.rebuild_failed`, { reason: String(error) });
  await Promise.all([
    rebuildSearchIndex(stores, logger).catch(failed('search')),
    rebuildMeasureIndex(stores, logger).catch(failed('measures')),
    rebuildActionItemIndex(stores, logger).catch(failed('action_items')),
    rebuildAnnexLinkIndex(stores, logger).catch(failed('annex_links')),
  ]);
}
