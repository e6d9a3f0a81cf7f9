import type * as Y from 'yjs';
import { metaMap, readMeta, type MinutesMeta } from '../../../shared/model/meta';
import { useObservedYType } from './useObservedYType';

/** The live metadata of the compte-rendu (the Y.Map `meta`), as everyone edits it. */
export function useDocMeta(doc: Y.Doc): MinutesMeta {
  return useObservedYType(metaMap(doc) as Y.AbstractType<unknown>, () => readMeta(doc));
}
