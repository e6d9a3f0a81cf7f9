import type * as Y from 'yjs';
import { type MeasureRefAttributes, measureRefLabel } from '../../../shared/schema/measureRef';
import { isMeasureNumber } from '../../../shared/schema/valueRules';
import { type PassageNode, type PassagePlace, forEachPassageBlock } from '../search/documentPassages';

/**
 * One place a document names a measure. `linked` citations are `measureRef` atoms, the
 * only ones counted (SPEC X1); the others are plain words « mesure 22 » offered « à relier ».
 */
export interface MeasureCitation {
  /** The plan of a linked citation; null for plain words, which name no plan. */
  plan: string | null;
  number: number;
  item: string;
  linked: boolean;
  blockId: string;
  section: string | null;
  organisation: string | null;
  person: string | null;
  /** The sentence around the reference. */
  excerpt: string;
  /** For plain words: the words as written (« mesures 22 et 23 »), what a link replaces. */
  phrase: string | null;
}

interface BlockText {
  text: string;
  atoms: Array<{ attrs: MeasureRefAttributes; start: number; end: number }>;
}

/** The text of a block with where each measureRef atom sits in it; inner blocks joined by a space. */
function blockText(node: PassageNode): BlockText {
  const out: BlockText = { text: '', atoms: [] };
  const walk = (current: PassageNode) => {
    if (current.type === 'text') {
      out.text += current.text ?? '';
    } else if (current.type === 'measureRef') {
      const attrs = current.attrs as unknown as MeasureRefAttributes;
      const start = out.text.length;
      out.text += measureRefLabel(attrs);
      out.atoms.push({ attrs, start, end: out.text.length });
    } else if (current.type === 'hardBreak') {
      out.text += ' ';
    } else {
      const inline = current.content?.some((child) => child.type === 'text' || child.type === 'measureRef');
      for (const child of current.content ?? []) {
        if (!inline && out.text !== '') out.text += ' ';
        walk(child);
      }
    }
  };
  walk(node);
  return out;
}

/** Longest excerpt kept: a sentence that runs on is cut around the reference. */
const MAX_EXCERPT = 300;

/** The sentence of `text` that holds [start, end): from the previous end of sentence to the next. */
export function sentenceAround(text: string, start: number, end: number): string {
  const before = text.slice(0, start);
  const boundary = Math.max(before.lastIndexOf('. '), before.lastIndexOf('! '), before.lastIndexOf('? '), before.lastIndexOf('; '));
  let from = boundary < 0 ? 0 : boundary + 2;
  const after = text.slice(end).search(/[.!?;](\s|$)/);
  let to = after < 0 ? text.length : end + after + 1;
  const cutBefore = start - from > MAX_EXCERPT / 2;
  const cutAfter = to - end > MAX_EXCERPT / 2;
  if (cutBefore) from = start - MAX_EXCERPT / 2;
  if (cutAfter) to = end + MAX_EXCERPT / 2;
  const sentence = text.slice(from, to).replace(/\s+/g, ' ').trim();
  return `${cutBefore ? '…' : ''}${sentence}${cutAfter ? '…' : ''}`;
}

/** « mesure 22 », « mesures 22 et 23 », « mesures 4, 5 et 6 » written as plain words. */
const PLAIN_MENTION = /\bmesures?\s+(n°\s*)?\d+(?:\s*(?:,|et|ou)\s*\d+)*/giu;

/** Plain-word mentions of measures in `text`, skipping the labels of atoms. */
export function plainMentions(text: string, atoms: BlockText['atoms']): Array<{ numbers: number[]; start: number; end: number; phrase: string }> {
  const found: Array<{ numbers: number[]; start: number; end: number; phrase: string }> = [];
  for (const match of text.matchAll(PLAIN_MENTION)) {
    const start = match.index ?? 0;
    const end = start + match[0].length;
    if (atoms.some((atom) => start < atom.end && end > atom.start)) continue;
    const numbers = [...match[0].matchAll(/\d+/g)].map((digits) => Number(digits[0])).filter(isMeasureNumber);
    if (numbers.length > 0) found.push({ numbers, start, end, phrase: match[0] });
  }
  return found;
}

/** Every citation of a measure in the body of a document, linked or in plain words (SPEC X1). */
export function measureCitations(doc: Y.Doc): MeasureCitation[] {
  const citations: MeasureCitation[] = [];
  forEachPassageBlock(doc, (place: PassagePlace, node) => {
    const { text, atoms } = blockText(node);
    const where = { blockId: place.blockId ?? '', section: place.section, organisation: place.organisation, person: place.person };
    for (const atom of atoms) {
      if (!isMeasureNumber(atom.attrs.number)) continue;
      citations.push({
        plan: atom.attrs.plan,
        number: atom.attrs.number,
        item: atom.attrs.item ?? '',
        linked: true,
        ...where,
        excerpt: sentenceAround(text, atom.start, atom.end),
        phrase: null,
      });
    }
    for (const mention of plainMentions(text, atoms)) {
      for (const number of new Set(mention.numbers)) {
        citations.push({
          plan: null,
          number,
          item: '',
          linked: false,
          ...where,
          excerpt: sentenceAround(text, mention.start, mention.end),
          phrase: mention.phrase,
        });
      }
    }
  });
  return citations;
}
