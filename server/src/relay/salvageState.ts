import * as Y from 'yjs';
import { META_KEYS, META_MAP } from '../../../shared/model/meta';
import { MODEL_ROOTS, newModelDoc } from '../../../shared/model/modelRoots';
import { PARTICIPANTS_ARRAY } from '../../../shared/model/participants';
import { BODY_FRAGMENT } from '../../../shared/schema/extensions';
import { minutesSchema } from '../../../shared/schema/proseMirrorSchema';
import { markNameOf, readYBlock } from '../../../shared/schema/readYBlock';
import { withoutForgedStructs } from './forgedStructs';
import { integrateUpdate } from './integrateUpdate';

type AnyType = Y.AbstractType<any>;

/**
 * What the relay keeps of a compacted state that does not load (R26), an older
 * version having merged a poisoned update into it. The identity of every kept item is
 * preserved, so editors that hold the document converge with what is kept:
 *
 * 1. structs no document can hold become garbage (`withoutForgedStructs`);
 * 2. the rest is applied, and what stays pending (missing dependencies) is dropped;
 * 3. what the model cannot read is deleted, as an edit of the server's, and garbage
 *    collected so that the state no longer names it: whatever hangs under a root the
 *    model does not define, metadata it does not define, a key on a list, unknown
 *    marks, node attributes and nodes, anywhere in the body, deleted or not;
 * 4. then every body block the schema still refuses, or that cannot stand where it
 *    is, is deleted whole.
 *
 * Removed items are in the kept state's delete set: an editor that holds them deletes
 * them when it syncs. The result is checked like any stored state; if even that does
 * not load, nothing is kept (the caller keeps the original state aside in any case).
 */
export function salvageState(state: Uint8Array): Y.Doc {
  const scratch = newModelDoc();
  try {
    Y.applyUpdate(scratch, withoutForgedStructs(state));
  } catch {
    // What integrated before Yjs threw is what can be kept.
  }
  scratch.store.pendingStructs = null;
  scratch.store.pendingDs = null;
  scratch.transact((transaction) => removeUnreadableItems(scratch, transaction));
  scratch.transact((transaction) => removeUnreadableBlocks(scratch, transaction));
  // Items hanging on collected ones are collected when integrated: encoding the
  // result once more puts them in the delete set as well.
  const settled = newModelDoc();
  Y.applyUpdate(settled, Y.encodeStateAsUpdate(scratch));
  scratch.destroy();
  const kept = newModelDoc();
  const refusal = integrateUpdate(kept, Y.encodeStateAsUpdate(settled), undefined, 'as stored');
  settled.destroy();
  if (!refusal) return kept;
  kept.destroy();
  return newModelDoc();
}

/** Deletes an item and drops its content, keeping it as a placeholder in its parent (`collect`: not even that). */
function remove(item: Y.Item, transaction: Y.Transaction, collect: boolean): void {
  item.delete(transaction);
  item.gc(transaction.doc.store, collect);
}

function removeUnreadableItems(doc: Y.Doc, transaction: Y.Transaction): void {
  const body = doc.getXmlFragment(BODY_FRAGMENT);
  const meta = doc.getMap(META_MAP);
  const participants = doc.getArray(PARTICIPANTS_ARRAY);
  const foreignRoots = new Set([...doc.share].filter(([name]) => !MODEL_ROOTS.has(name)).map(([, type]) => type));
  const metaKeys: ReadonlySet<string> = new Set(META_KEYS);
  for (const structs of doc.store.clients.values()) {
    for (const struct of [...structs]) {
      if (!(struct instanceof Y.Item) || struct.content instanceof Y.ContentDeleted) continue;
      const parent = struct.parent as AnyType;
      // Direct children only: removing one removes what it holds.
      if (foreignRoots.has(parent)) remove(struct, transaction, true);
      else if (parent === meta) {
        const text = struct.content instanceof Y.ContentAny && struct.content.arr.length === 1 && typeof struct.content.arr[0] === 'string';
        if (!metaKeys.has(struct.parentSub ?? '') || !text) remove(struct, transaction, true);
      } else if (parent === participants && struct.parentSub !== null) remove(struct, transaction, true);
      else if (parent === body && struct.parentSub !== null) remove(struct, transaction, true);
      else if (rootOf(parent) === body && !readableInBody(struct)) remove(struct, transaction, false);
    }
  }
}

function rootOf(type: AnyType): AnyType {
  let root = type;
  while (root._item) root = root._item.parent as AnyType;
  return root;
}

/** A mark, a node or a node attribute of the body that the schema knows. */
function readableInBody(item: Y.Item): boolean {
  const schema = minutesSchema();
  const { content } = item;
  if (content instanceof Y.ContentFormat) {
    const mark = schema.marks[markNameOf(content.key)];
    const value: unknown = content.value;
    if (!mark) return false;
    return value === null || typeof value !== 'object' || Object.keys(value).every((key) => key in (mark.spec.attrs ?? {}));
  }
  if (content instanceof Y.ContentType && content.type instanceof Y.XmlElement) {
    const node = schema.nodes[content.type.nodeName];
    if (!node || node === schema.topNodeType || node.isText) return false;
  }
  const parent = item.parent;
  if (item.parentSub !== null && parent instanceof Y.XmlElement) {
    return item.parentSub in (schema.nodes[parent.nodeName]?.spec.attrs ?? {});
  }
  return true;
}

/** Blocks that do not read under the schema, or cannot stand where they are in the body. */
function removeUnreadableBlocks(doc: Y.Doc, transaction: Y.Transaction): void {
  const schema = minutesSchema();
  let match = schema.topNodeType.contentMatch;
  for (let child = doc.getXmlFragment(BODY_FRAGMENT)._start; child; child = child.right) {
    if (child.deleted) continue;
    const element = child.content instanceof Y.ContentType ? child.content.type : undefined;
    const next = element instanceof Y.XmlElement && readable(element) ? match.matchType(schema.nodes[element.nodeName]!) : null;
    if (next) match = next;
    else remove(child, transaction, false);
  }
}

function readable(element: Y.XmlElement): boolean {
  try {
    readYBlock(element);
    return true;
  } catch {
    return false;
  }
}
