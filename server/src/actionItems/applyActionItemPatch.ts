import * as Y from 'yjs';
import type { ActionItemPatch } from '../../../shared/api/actionItems';
import { BODY_FRAGMENT } from '../../../shared/schema/extensions';

/**
 * Writes a change from the « À suivre » page into the box `itemId` of `doc`, as the editor
 * would set its attributes (SPEC T3). False when the document has no such box.
 */
export function applyActionItemPatch(doc: Y.Doc, itemId: string, patch: ActionItemPatch): boolean {
  const fragment = doc.getXmlFragment(BODY_FRAGMENT);
  const [box] = fragment.createTreeWalker(
    (node) => node instanceof Y.XmlElement && node.nodeName === 'actionItem' && node.getAttribute('id') === itemId,
  );
  if (!(box instanceof Y.XmlElement)) return false;
  doc.transact(() => {
    if (patch.status !== undefined) box.setAttribute('status', patch.status);
    // y-prosemirror keeps attribute values as they are: owners is a list, as the editor writes it
    // (Yjs types attributes as strings, but stores any JSON value).
    if (patch.owners !== undefined) box.setAttribute('owners', patch.owners as unknown as string);
    if (patch.due !== undefined) box.setAttribute('due', patch.due);
  });
  return true;
}
