import * as Y from 'yjs';
import { BODY_FRAGMENT } from '../../../shared/schema/extensions';

type Delta = Array<{ insert: unknown; attributes?: Record<string, unknown> }>;

/** The block a passage id names: `n<index>` a top-level block, else the block whose `id` it is. */
function blockOf(fragment: Y.XmlFragment, blockId: string): Y.XmlElement | undefined {
  const top = /^n(\d+)$/.exec(blockId);
  if (top) {
    const node = fragment.get(Number(top[1]));
    return node instanceof Y.XmlElement ? node : undefined;
  }
  for (const node of fragment.createTreeWalker((candidate) => candidate instanceof Y.XmlElement)) {
    if (node instanceof Y.XmlElement && node.getAttribute('id') === blockId) return node;
  }
  return undefined;
}

function textsOf(element: Y.XmlElement): Y.XmlText[] {
  const texts: Y.XmlText[] = [];
  for (const child of element.toArray()) {
    if (child instanceof Y.XmlText) texts.push(child);
    else if (child instanceof Y.XmlElement) texts.push(...textsOf(child));
  }
  return texts;
}

const plainText = (delta: Delta): string => delta.map((op) => (typeof op.insert === 'string' ? op.insert : '')).join('');

/** The part of a text delta from `offset` on, marks kept. */
function deltaFrom(delta: Delta, offset: number): Delta {
  const rest: Delta = [];
  let position = 0;
  for (const op of delta) {
    const text = typeof op.insert === 'string' ? op.insert : '';
    const end = position + text.length;
    if (end > offset) rest.push({ ...op, insert: text.slice(Math.max(0, offset - position)) });
    position = end;
  }
  return rest;
}

function measureRefElement(plan: string, number: number): Y.XmlElement {
  const element = new Y.XmlElement('measureRef');
  element.setAttribute('plan', plan);
  element.setAttribute('number', number as unknown as string);
  element.setAttribute('item', '');
  return element;
}

/**
 * Turns the first plain-word `phrase` (« mesure 22 », « mesures 22 et 23 ») of a block
 * into `measureRef` atoms of `plan`, the words between the numbers kept (« et »), as an
 * editor inserting the references would (SPEC X5). False when the block no longer holds
 * the phrase (someone changed it meanwhile): nothing is written.
 */
export function linkMeasurePhrase(doc: Y.Doc, blockId: string, phrase: string, plan: string): boolean {
  const block = blockOf(doc.getXmlFragment(BODY_FRAGMENT), blockId);
  if (!block) return false;
  for (const text of textsOf(block)) {
    const delta = text.toDelta() as Delta;
    const start = plainText(delta).indexOf(phrase);
    if (start < 0) continue;
    const parent = text.parent;
    if (!(parent instanceof Y.XmlElement)) return false;
    const after = deltaFrom(delta, start + phrase.length);
    // « mesures 22 et 23 » → [mesure 22] « et » [mesure 23]: the words before the first number are the atom's own.
    const pieces = phrase.slice(phrase.search(/\d/)).split(/(\d+)/).filter((piece) => piece !== '');
    const inserted: Array<Y.XmlElement | Y.XmlText> = [];
    const textAfter: Array<{ node: Y.XmlText; delta: Delta }> = [];
    for (const piece of pieces) {
      if (/^\d+$/.test(piece)) {
        inserted.push(measureRefElement(plan, Number(piece)));
      } else {
        const between = new Y.XmlText();
        inserted.push(between);
        textAfter.push({ node: between, delta: [{ insert: piece }] });
      }
    }
    if (after.length > 0) {
      const rest = new Y.XmlText();
      inserted.push(rest);
      textAfter.push({ node: rest, delta: after });
    }
    doc.transact(() => {
      const index = parent.toArray().indexOf(text);
      // An empty text node does not read back (ProseMirror refuses them): drop it instead.
      if (start === 0) parent.delete(index, 1);
      else text.delete(start, text.length - start);
      parent.insert(start === 0 ? index : index + 1, inserted);
      for (const { node, delta: content } of textAfter) node.applyDelta(content);
    });
    return true;
  }
  return false;
}
