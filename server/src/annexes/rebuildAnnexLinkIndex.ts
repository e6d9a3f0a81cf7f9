import { derivedIndexRebuild } from '../storage/rebuildDerivedIndex';
import { indexStoredTextOf } from '../storage/textDerivedIndex';
import { ANNEX_LINK_INDEX_VERSION, type AnnexLinkIndex } from './annexLinkIndex';
import { annexLinkTextIndex } from './indexAnnexLinks';

/** Brings the annex-link index up to date at start-up (SPEC N7, as X3). */
export const rebuildAnnexLinkIndex = derivedIndexRebuild<'annexLinks', AnnexLinkIndex>(
  'annex_links',
  'annexLinks',
  ANNEX_LINK_INDEX_VERSION,
  indexStoredTextOf(annexLinkTextIndex),
);
