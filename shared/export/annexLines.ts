import { cleanInlineText } from './cleanText';
import type { Block } from './exportModel';

type JsonNode = { type?: string; attrs?: Record<string, unknown>; content?: JsonNode[] };

/**
 * The number of each annex node of `body`: 1, 2, 3… in document order over every annex, as
 * `annexReferencesOf` numbers them for the bundle and the letter (M12). Counted on the body
 * before a profile drops anything, so « Annexe 2 » is the same annex in every file; keyed by
 * node, which the profile passes on untouched.
 */
export function annexNumbers(body: object): WeakMap<object, number> {
  const numbers = new WeakMap<object, number>();
  let count = 0;
  const visit = (node: JsonNode) => {
    if (node.type === 'annex') numbers.set(node, ++count);
    for (const child of node.content ?? []) visit(child);
  };
  visit(body as JsonNode);
  return numbers;
}

/** What an annex without a label is called. */
const UNTITLED: Record<string, string> = { file: 'Pièce jointe', minutes: 'Compte-rendu annexé' };

/**
 * « Annexe 2 : Compte-rendu de la réunion du 18 octobre 2013 »: an annex printed as one line in
 * every format. A linked compte-rendu reads as the label it was linked with: the export model
 * has no network, and the label names it as the minutes cite it.
 */
export function annexLine(attrs: Record<string, unknown> = {}, number: number | undefined): Block {
  const label = typeof attrs.label === 'string' ? cleanInlineText(attrs.label).trim() : '';
  const title = label || UNTITLED[String(attrs.kind)] || UNTITLED.file;
  return { kind: 'paragraph', inlines: [{ kind: 'text', text: `Annexe${number ? ` ${number}` : ''} : ${title}` }] };
}
