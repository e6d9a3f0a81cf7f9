import type { Logger } from '../log';
import type { AccountStore } from '../storage/accountStore';
import type { DocumentStore } from '../storage/documentStore';
import { rebuildDerivedIndex } from '../storage/rebuildDerivedIndex';
import { ANNEX_LINK_INDEX_VERSION, type AnnexLinkIndex } from './annexLinkIndex';
import { indexStoredAnnexLinks } from './indexAnnexLinks';

/** Brings the annex-link index up to date at start-up (SPEC N7, as X3). */
export function rebuildAnnexLinkIndex(
  deps: { documents: DocumentStore; accounts: Pick<AccountStore, 'listCollectives'>; annexLinks: AnnexLinkIndex },
  logger: Logger,
  version = ANNEX_LINK_INDEX_VERSION,
): Promise<number> {
  const { documents, annexLinks } = deps;
  return rebuildDerivedIndex('annex_links', deps, annexLinks, (id) => indexStoredAnnexLinks(documents, annexLinks, id, logger), logger, version);
}
