import * as Y from 'yjs';
import { BODY_FRAGMENT } from '../schema/extensions';
import { META_MAP } from './meta';
import { PARTICIPANTS_ARRAY } from './participants';

/** The only root types of a compte-rendu (M1); the relay refuses updates that name any other. */
export const MODEL_ROOTS: ReadonlySet<string> = new Set([BODY_FRAGMENT, META_MAP, PARTICIPANTS_ARRAY]);

/**
 * A document with the model's root types defined before anything is applied, so each
 * root gets its real type (a root first met in an update would stay a bare AbstractType),
 * and garbage collection off (R14).
 */
export function newModelDoc(): Y.Doc {
  const doc = new Y.Doc({ gc: false });
  doc.getXmlFragment(BODY_FRAGMENT);
  doc.getMap(META_MAP);
  doc.getArray(PARTICIPANTS_ARRAY);
  return doc;
}
