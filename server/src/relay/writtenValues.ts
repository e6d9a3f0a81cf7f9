import * as Y from 'yjs';
import { type MinutesMeta, metaFieldProblem } from '../../../shared/model/meta';
import { hasControlCharacters } from '../../../shared/model/singleLineText';
import { markNameOf } from '../../../shared/schema/readYBlock';
import { markProblem, nodeAttributeProblem, valueProblemReasons } from '../../../shared/schema/valueRules';

type AnyType = Y.AbstractType<any>;

/** What an item writes, where, as the value rules see it; `reason` (English, for the log) when they refuse it. */
interface Written {
  signature: string;
  reason?: string;
}

/**
 * Judges the values the items of one transaction write (SPEC A2): metadata the schema of
 * `meta` takes, participants' names without control characters, and in the body, names
 * without control characters, measure numbers that are positive integers and links to
 * http(s) or mailto.
 *
 * A value the document already held before the transaction is not new, and is let
 * through: editors move what they did not write (splitting a paragraph recreates its
 * runs and their links, wrapping blocks recreates a speaker turn with its names, a
 * restore writes old metadata again), and a document stored before a rule must stay
 * editable. Only then is the document read whole, once, for what it held.
 */
export class WrittenValues {
  private held: Set<string> | undefined;

  constructor(
    private readonly doc: Y.Doc,
    private readonly transaction: Y.Transaction,
    private readonly roots: { meta: AnyType; participants: AnyType },
  ) {}

  /** Why the new, still visible `item` may not be written, or undefined. */
  refusal(item: Y.Item): string | undefined {
    const { content } = item;
    // A measure reference is written with its number: without one it would read « mesure 0 ».
    if (content instanceof Y.ContentType && content.type instanceof Y.XmlElement && content.type.nodeName === 'measureRef') {
      if (content.type.getAttribute('number') === undefined) return valueProblemReasons.measureNumber;
    }
    // Node attributes are plain values: a shared type there would reach the schema as an object.
    if (item.parent instanceof Y.XmlElement && item.parentSub !== null && !(content instanceof Y.ContentAny)) return 'an attribute that is not a plain value';
    const written = this.judge(item);
    if (!written?.reason) return undefined;
    return this.heldBefore().has(written.signature) ? undefined : written.reason;
  }

  private judge(item: Y.Item): Written | undefined {
    const { content } = item;
    const parent = item.parent as AnyType;
    if (content instanceof Y.ContentFormat) {
      const mark = markNameOf(content.key);
      const problem = markProblem(mark, content.value);
      return { signature: `mark ${mark} ${JSON.stringify(content.value)}`, ...(problem ? { reason: valueProblemReasons[problem] } : {}) };
    }
    if (!(content instanceof Y.ContentAny) || content.arr.length === 0) return undefined;
    const value: unknown = content.arr[0];
    if (parent === this.roots.meta && typeof value === 'string' && item.parentSub !== null) {
      const problem = metaFieldProblem(item.parentSub as keyof MinutesMeta, value);
      return { signature: `meta ${item.parentSub} ${value}`, ...(problem ? { reason: `metadata the model refuses (${item.parentSub})` } : {}) };
    }
    if (parent instanceof Y.XmlElement && item.parentSub !== null) {
      const problem = nodeAttributeProblem(parent.nodeName, item.parentSub, value);
      const signature = `attribute ${parent.nodeName} ${item.parentSub} ${JSON.stringify(value ?? null)}`;
      return { signature, ...(problem ? { reason: valueProblemReasons[problem] } : {}) };
    }
    if (rootOf(parent) === this.roots.participants && typeof value === 'string') {
      return { signature: `participant ${value}`, ...(hasControlCharacters(value) ? { reason: 'a control character in a participant' } : {}) };
    }
    return undefined;
  }

  /** The signatures of every item the document held before the transaction, deleted ones too. */
  private heldBefore(): Set<string> {
    if (this.held) return this.held;
    const held = new Set<string>();
    for (const [client, structs] of this.doc.store.clients) {
      const before = this.transaction.beforeState.get(client) ?? 0;
      for (const struct of structs) {
        if (struct.id.clock >= before) break;
        if (!(struct instanceof Y.Item)) continue;
        const signature = this.judge(struct)?.signature;
        if (signature) held.add(signature);
      }
    }
    this.held = held;
    return held;
  }
}

function rootOf(type: AnyType): AnyType {
  let root = type;
  while (root._item) root = root._item.parent as AnyType;
  return root;
}
