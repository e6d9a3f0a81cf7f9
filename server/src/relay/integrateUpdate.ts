import * as Y from 'yjs';
import { META_KEYS, META_MAP } from '../../../shared/model/meta';
import { MODEL_ROOTS } from '../../../shared/model/modelRoots';
import { PARTICIPANTS_ARRAY } from '../../../shared/model/participants';
import { BODY_FRAGMENT } from '../../../shared/schema/extensions';
import { minutesSchema } from '../../../shared/schema/proseMirrorSchema';
import { markNameOf, readYBlock } from '../../../shared/schema/readYBlock';
import { type UpdateShape, checkUpdate } from './checkUpdate';
import { WrittenValues } from './writtenValues';

/** Why an update was not integrated (English, for the log). */
export interface IntegrityRefusal {
  reason: string;
  /**
   * The document was changed before the refusal was known: it no longer is the stored
   * document and must be built again.
   */
  dirty: boolean;
}

const metaKeys: ReadonlySet<string> = new Set(META_KEYS);

/**
 * `enforced`: what the update writes must also hold values the model accepts (SPEC A2):
 * metadata that its schema takes, names without control characters, measure numbers that
 * are positive integers, links to http(s) or mailto, unless the document already held
 * them (`WrittenValues`). That is how the relay judges what editors send. `as stored`:
 * only the structure is judged (R23), for what a store already holds, accepted under
 * older rules, so that it still opens and exports.
 */
export type ValueRules = 'enforced' | 'as stored';

/**
 * Integrates `update` into `doc`, a document built with `newModelDoc` that holds exactly
 * what is stored (R23): the update must integrate without throwing, leave nothing pending,
 * touch only the model's root types (M1) and leave a body the schema can read. Undefined
 * when it did; otherwise why not.
 *
 * What the bytes tell (`checkUpdate`) is checked before the document is touched, so the
 * usual garbage costs no rebuild; what only integration tells (an origin that does not
 * exist, content the schema refuses) is checked after, and then the document is dirty.
 */
export function integrateUpdate(
  doc: Y.Doc,
  update: Uint8Array,
  shape?: UpdateShape,
  values: ValueRules = 'enforced',
): IntegrityRefusal | undefined {
  const applied = applyAfterByteChecks(doc, update, shape);
  return 'reason' in applied ? applied : checkApplied(doc, applied, values);
}

/** An update applied to the document, its content not judged yet. */
export interface AppliedUpdate {
  /** The update's own transaction; undefined when it changed nothing. */
  transaction: Y.Transaction | undefined;
}

/**
 * The first half of `integrateUpdate`: the bytes judged, then the update applied. The
 * document holds it even when its content is still to be refused: `checkApplied` must
 * follow before anything else reads or changes the document.
 */
export function applyAfterByteChecks(doc: Y.Doc, update: Uint8Array, shape?: UpdateShape): IntegrityRefusal | AppliedUpdate {
  try {
    shape ??= checkUpdate(update);
  } catch {
    return { reason: 'not a Yjs update', dirty: false };
  }
  const early = shapeRefusal(doc, shape);
  if (early) return { reason: early, dirty: false };
  let transaction: Y.Transaction | undefined;
  // The update's own transaction: Yjs may run another one right after it, to tidy up
  // formatting, which creates nothing and would hide what the update did.
  const watch = (done: Y.Transaction) => {
    transaction ??= done;
  };
  doc.on('afterTransaction', watch);
  try {
    Y.applyUpdate(doc, update);
  } catch (error) {
    return { reason: `does not integrate: ${(error as Error).message}`, dirty: true };
  } finally {
    doc.off('afterTransaction', watch);
  }
  if (doc.store.pendingStructs || doc.store.pendingDs) return { reason: 'missing dependencies', dirty: true };
  return { transaction };
}

/** The second half of `integrateUpdate`: what the applied update wrote, judged (R23, A2). */
export function checkApplied(doc: Y.Doc, applied: AppliedUpdate, values: ValueRules = 'enforced'): IntegrityRefusal | undefined {
  const problem = applied.transaction && refuseByContent(doc, applied.transaction, values === 'enforced');
  return problem ? { reason: problem, dirty: true } : undefined;
}

/** What the bytes alone show `doc` cannot take, before anything is applied. */
export function shapeRefusal(doc: Y.Doc, shape: UpdateShape): string | undefined {
  return modelRefusal(shape) ?? missingContent(doc, shape);
}

/** What the bytes alone show no document of the model can take. */
export function modelRefusal(shape: UpdateShape): string | undefined {
  if (shape.violation) return shape.violation;
  for (const root of shape.roots) if (!MODEL_ROOTS.has(root)) return 'a root type outside the model';
  const schema = minutesSchema();
  for (const format of shape.formats) if (!schema.marks[markNameOf(format)]) return 'an unknown mark';
  for (const name of shape.elements) {
    const type = schema.nodes[name];
    if (!type || type === schema.topNodeType || type.isText) return 'an unknown node';
  }
  return undefined;
}

/** What the update builds on that `doc` does not hold (yet: R27). */
export function missingContent(doc: Y.Doc, shape: UpdateShape): string | undefined {
  // Yjs keeps aside, without a word, what comes after a gap in a client's clocks.
  for (const [client, { from }] of shape.blocks) if (from > Y.getState(doc.store, client)) return 'missing dependencies';
  for (const [client, upTo] of shape.deletedUpTo) {
    const known = Math.max(Y.getState(doc.store, client), shape.blocks.get(client)?.to ?? 0);
    if (upTo > known) return 'deletes content that does not exist';
  }
  return undefined;
}

type AnyType = Y.AbstractType<any>;

/**
 * Checks what the transaction created and changed: every new item lives under a model
 * root, metadata stays flat strings, and every body block it touched, and the body's
 * block sequence when it changed, read under the schema; with `enforceValues`, every new
 * item still visible writes a value the model accepts, or one the document already held.
 */
function refuseByContent(doc: Y.Doc, transaction: Y.Transaction, enforceValues: boolean): string | undefined {
  const body = doc.getXmlFragment(BODY_FRAGMENT);
  const meta = doc.getMap(META_MAP);
  const participants = doc.getArray(PARTICIPANTS_ARRAY);
  const blocks = new Set<Y.XmlElement>();
  const values = enforceValues ? new WrittenValues(doc, transaction, { meta, participants }) : undefined;
  let sequenceChanged = false;
  const touch = (type: AnyType): string | undefined => {
    let child: AnyType | undefined;
    let root = type;
    while (root._item) {
      child = root;
      root = root._item.parent as AnyType;
      if (!(root instanceof Y.AbstractType)) return 'an item without a parent type';
    }
    if (root === body) {
      if (!child) sequenceChanged = true;
      else blocks.add(child as Y.XmlElement);
      return undefined;
    }
    if (root === meta) return type === meta ? undefined : 'a nested type in the metadata';
    return root === participants ? undefined : 'a root type outside the model';
  };
  for (const item of newItems(doc, transaction)) {
    const parent = item.parent;
    if (!(parent instanceof Y.AbstractType)) return 'an item without a parent type';
    const problem = touch(parent);
    if (problem) return problem;
    if (parent === meta && (!metaKeys.has(item.parentSub ?? '') || !isText(item.content))) return 'metadata the model does not define';
    if ((parent === body || parent === participants) && item.parentSub !== null) return 'a key on a list';
    // A new block is read whole, even with nothing inside it yet.
    if (parent === body && item.content instanceof Y.ContentType && item.content.type instanceof Y.XmlElement) {
      blocks.add(item.content.type);
    }
    const refused = values && !item.deleted ? values.refusal(item) : undefined;
    if (refused) return refused;
  }
  for (const type of transaction.changed.keys()) {
    const problem = touch(type);
    if (problem) return problem;
  }
  try {
    for (const block of blocks) if (!block._item?.deleted) readYBlock(block);
    if (sequenceChanged) checkBlockSequence(body);
  } catch (error) {
    return `an unreadable body: ${(error as Error).message}`;
  }
  return undefined;
}

const isText = (content: Y.Item['content']): boolean =>
  content instanceof Y.ContentAny && content.arr.length === 1 && typeof content.arr[0] === 'string';

/** The items the transaction added, from each client's state before it to after it. */
function* newItems(doc: Y.Doc, transaction: Y.Transaction): Generator<Y.Item> {
  for (const [client, after] of transaction.afterState) {
    const before = transaction.beforeState.get(client) ?? 0;
    if (after <= before) continue;
    const structs = doc.store.clients.get(client)!;
    for (let i = Y.findIndexSS(structs, before); i < structs.length; i++) {
      const struct = structs[i]!;
      if (struct instanceof Y.Item) yield struct;
    }
  }
}

/** Top-level blocks must be known nodes in an order the document's content allows. */
function checkBlockSequence(body: Y.XmlFragment): void {
  const schema = minutesSchema();
  let match = schema.topNodeType.contentMatch;
  let count = 0;
  for (let child = body._start; child; child = child.right) {
    if (child.deleted) continue;
    const element = child.content instanceof Y.ContentType ? child.content.type : undefined;
    if (!(element instanceof Y.XmlElement)) throw new RangeError('Text directly in the body');
    const type = schema.nodes[element.nodeName];
    const next = type && match.matchType(type);
    if (!next) throw new RangeError(`A ${element.nodeName} cannot stand here`);
    match = next;
    count++;
  }
  if (count > 0 && !match.validEnd) throw new RangeError('The body ends too early');
}
