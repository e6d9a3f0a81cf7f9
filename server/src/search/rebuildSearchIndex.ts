import { derivedIndexRebuild } from '../storage/rebuildDerivedIndex';
import { indexStoredTextOf } from '../storage/textDerivedIndex';
import { searchTextIndex } from './indexDocument';
import { SEARCH_INDEX_VERSION, type SearchIndex } from './searchIndex';

/** Brings the search index up to date at start-up (SPEC Q3); searches meanwhile see the documents indexed so far. */
export const rebuildSearchIndex = derivedIndexRebuild<'search', SearchIndex>('search', 'search', SEARCH_INDEX_VERSION, indexStoredTextOf(searchTextIndex));
