import type { ProseMirrorJSON } from '../schema/bodyContent';

/** The section level: level 2 headings are the Roman-numbered sections of the minutes. */
export const SECTION_HEADING_LEVEL = 2;

export interface SommaireEntry {
  /** « I », « II », … */
  number: string;
  title: string;
  /** Position of the heading among the section headings, for jumping to it. */
  index: number;
}

export function romanNumeral(value: number): string {
  const table: Array<[number, string]> = [
    [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
    [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
  ];
  let rest = value;
  let out = '';
  for (const [amount, symbol] of table) {
    while (rest >= amount) {
      out += symbol;
      rest -= amount;
    }
  }
  return out;
}

type JsonNode = { type?: string; text?: string; attrs?: Record<string, unknown>; content?: JsonNode[] };

const textOf = (node: JsonNode): string =>
  node.text ?? (node.content ?? []).map(textOf).join('');

/**
 * The generated table of contents: every section heading, in document order, with
 * its Roman number. Never typed by hand, so it always follows renamed sections.
 */
export function sommaireOf(body: ProseMirrorJSON): SommaireEntry[] {
  const entries: SommaireEntry[] = [];
  const visit = (node: JsonNode) => {
    if (node.type === 'heading' && node.attrs?.level === SECTION_HEADING_LEVEL) {
      entries.push({ number: romanNumeral(entries.length + 1), title: textOf(node).trim(), index: entries.length });
      return;
    }
    for (const child of node.content ?? []) visit(child);
  };
  visit(body as JsonNode);
  return entries;
}
