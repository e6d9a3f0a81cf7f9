/**
 * What every reader (plain text, Markdown, DOCX) hands to the recogniser: the document
 * as logical paragraphs, already freed from the quirks of its format (wrapped lines,
 * Markdown syntax, Word XML), so that recognising minutes is written once.
 */

/** A stretch of text with the emphasis the source gave it. */
export interface InlineRun {
  text: string;
  bold?: boolean;
  italic?: boolean;
}

export type BlockStyle =
  | { kind: 'paragraph' }
  /** A heading the source marked as one (Markdown `#`, a Word heading style). */
  | { kind: 'heading'; level: number }
  | { kind: 'listItem'; ordered: boolean; number: number };

export interface SourceBlock {
  /** Normalised: single spaces, no leading or trailing space, so `text` offsets index them. */
  runs: InlineRun[];
  /** The runs' text joined. */
  text: string;
  /**
   * The source lines it was joined from: a participant list typed as one line per
   * organisation may have been joined by the wrap repair and is split back by them.
   */
  lines: string[];
  /** Where it starts: a line number (text, Markdown) or a paragraph number (DOCX). */
  position: number;
  style: BlockStyle;
  /** Blocks sharing a container (a table cell, a block quote) form one box. */
  container?: string;
  /** The source styled it as a speaker's label (the « Intervenant » style of Minutier's exports). */
  speakerLabel?: boolean;
  /** An entry of a generated table of contents (Word's « toc 1 » style): never text of the minutes. */
  tableOfContents?: boolean;
}

export const PARAGRAPH: BlockStyle = { kind: 'paragraph' };

/** No-break space, narrow no-break space and figure space: typography, not meaning. */
const NO_BREAK_SPACES = /[\u00A0\u202F\u2007]/g;

const sameMarks = (a: InlineRun, b: InlineRun) => Boolean(a.bold) === Boolean(b.bold) && Boolean(a.italic) === Boolean(b.italic);

/** Spaces at the edges of bold or italic text moved out of it, as Markdown (and our export) writes them. */
export function unmarkedEdges(runs: InlineRun[]): InlineRun[] {
  return runs.flatMap((run) => {
    if (!run.bold && !run.italic) return [run];
    const [, lead = '', body = '', trail = ''] = /^(\s*)([\s\S]*?)(\s*)$/.exec(run.text) ?? [];
    return [...(lead ? [{ text: lead }] : []), ...(body ? [{ ...run, text: body }] : []), ...(trail ? [{ text: trail }] : [])];
  });
}

/** Collapses whitespace across runs, trims the ends and merges neighbours with the same marks. */
export function normaliseRuns(runs: InlineRun[]): InlineRun[] {
  const result: InlineRun[] = [];
  let lastEndsWithSpace = true;
  for (const run of unmarkedEdges(runs)) {
    let text = run.text.replace(/\s+/g, ' ');
    if (lastEndsWithSpace) text = text.replace(/^ /, '');
    if (!text) continue;
    lastEndsWithSpace = text.endsWith(' ');
    const previous = result[result.length - 1];
    if (previous && sameMarks(previous, run)) previous.text += text;
    else result.push({ text, ...(run.bold ? { bold: true } : {}), ...(run.italic ? { italic: true } : {}) });
  }
  const last = result[result.length - 1];
  if (last) {
    last.text = last.text.replace(/ $/, '');
    if (!last.text) result.pop();
  }
  return result;
}

export function makeBlock(
  runs: InlineRun[],
  position: number,
  style: BlockStyle = PARAGRAPH,
  lines?: string[],
  container?: string,
): SourceBlock {
  const clean = normaliseRuns(runs);
  const text = clean.map((run) => run.text).join('');
  // French typography puts (narrow) no-break spaces before « : » and inside « »: a label is read the same without them.
  const plainLines = lines?.map((line) => line.replace(NO_BREAK_SPACES, ' '));
  return { runs: clean, text, lines: plainLines ?? [text], position, style, ...(container ? { container } : {}) };
}

export const textBlock = (text: string, position: number, style: BlockStyle = PARAGRAPH, lines?: string[]) =>
  makeBlock([{ text }], position, style, lines);

/** The runs from character `start` of the block's text on (for « Label : the rest »). */
export function runsFrom(runs: InlineRun[], start: number): InlineRun[] {
  const result: InlineRun[] = [];
  let skip = start;
  for (const run of runs) {
    if (skip >= run.text.length) {
      skip -= run.text.length;
      continue;
    }
    result.push({ ...run, text: run.text.slice(skip) });
    skip = 0;
  }
  return normaliseRuns(result);
}
