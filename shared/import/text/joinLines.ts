import { FUNCTION_WORDS, endsSentence } from '../recognise/french';
import { ARABIC_HEADING, NAMED_HEADING, PLACE_DATE, ROMAN_HEADING, SUB_HEADING, startsStructure } from '../recognise/patterns';
import { type HyphenEvidence, endsWithCut, hyphenEvidence, keepsHyphen } from './dehyphenate';
import { BULLET_GLYPH } from './lineNoise';
import type { SourceLine } from './sourceLines';

/**
 * Puts back together the paragraphs that a fixed-width export cut into lines. A PDF
 * extraction also scatters blank lines inside paragraphs, so blank lines alone cannot
 * say where a paragraph ends: the wrap width, the punctuation and the case of the next
 * line do.
 */
export interface JoinedParagraph {
  text: string;
  lines: SourceLine[];
}

export interface JoinResult {
  paragraphs: JoinedParagraph[];
  /** Words cut at a line end and joined back. */
  dehyphenated: number;
}

/**
 * The column at which the text was wrapped (nearly its longest line), or undefined when
 * lines are whole paragraphs rather than a fixed-width wrap.
 */
export function wrapWidth(lines: SourceLine[]): number | undefined {
  const lengths = lines.map((line) => line.text.length).filter((length) => length >= 20).sort((a, b) => a - b);
  if (lengths.length < 5) return undefined;
  const typical = lengths[Math.floor(lengths.length * 0.9)] ?? 0;
  const nearWidth = lengths.filter((length) => length >= typical * 0.8).length;
  if (typical > 160 || nearWidth / lengths.length < 0.3) return undefined;
  return lengths[Math.floor(lengths.length * 0.97)] ?? typical;
}

/**
 * A line was cut by the wrap, not by its author, when the next line's first word would
 * not have fitted on it: « … à Bruxelles. » then « L’association … » runs on, but
 * « … sont invités. » then « Hors la Rue … » (a short word that would have fitted) is a new paragraph.
 */
function cutByWrap(line: string, next: string, width: number | undefined): boolean {
  if (width === undefined || line.length < width * 0.6) return false;
  const firstWord = /^\S+/.exec(next)?.[0] ?? '';
  return line.length + 1 + firstWord.length > width;
}

const startsLower = (line: string) => /^[\p{Ll}]/u.test(line);
const lastWord = (line: string) => (/(\S+)\s*$/.exec(line)?.[1] ?? '').toLowerCase();
const endsMidSentence = (line: string) => /[,(]$/.test(line) || FUNCTION_WORDS.has(lastWord(line)) || /[’']$/.test(line);
const opensParenthesis = (text: string) => (text.match(/\(/g)?.length ?? 0) > (text.match(/\)/g)?.length ?? 0);
const isHeadingLine = (line: string) =>
  ROMAN_HEADING.test(line) || NAMED_HEADING.test(line) || ARABIC_HEADING.test(line) || SUB_HEADING.test(line);

/**
 * Whether blank lines separate paragraphs here. They do not in a PDF extraction, where
 * sentences often run on across a blank line (« … auprès des » / blank / « mineurs. »).
 */
export function blankLinesSeparate(lines: SourceLine[]): boolean {
  let acrossBlank = 0;
  let runOn = 0;
  let previous: SourceLine | undefined;
  let gap = false;
  for (const line of lines) {
    if (!line.text) {
      gap = true;
      continue;
    }
    if (previous && gap) {
      acrossBlank++;
      if (!endsSentence(previous.text) && !/:$/.test(previous.text) && startsLower(line.text)) runOn++;
    }
    previous = line;
    gap = false;
  }
  return acrossBlank === 0 || runOn / acrossBlank < 0.15;
}

interface JoinContext {
  width: number | undefined;
  blanksSeparate: boolean;
}

function continues(block: SourceLine[], next: SourceLine, gap: boolean, context: JoinContext): boolean {
  const first = block[0]?.text ?? '';
  const last = block[block.length - 1]?.text ?? '';
  if (block.length === 1 && BULLET_GLYPH.test(last)) return true;
  const wrapped = cutByWrap(last, next.text, context.width);
  const midSentence = !endsSentence(last) && !/[:;]$/.test(last);
  // « Secours Catholique » / « – Caritas France »: a dash after a cut sentence is no bullet.
  const dashRunsOn = wrapped && midSentence && /^[-–—]\s/.test(next.text);
  if (startsStructure(next.text) && !dashRunsOn) return false;
  if (endsWithCut(last) && /^\p{L}/u.test(next.text)) return true;
  if (PLACE_DATE.test(last) && block.length === 1) return false;
  if (isHeadingLine(first)) return endsMidSentence(last) || startsLower(next.text);
  if (gap && context.blanksSeparate) return startsLower(next.text) && midSentence;
  if (startsLower(next.text) || endsMidSentence(last)) return true;
  // « (sachant que … dans les médias : » / « 18 décembre ? ») : a parenthesis still open.
  if (!endsSentence(last) && opensParenthesis(block.map((line) => line.text).join(' '))) return true;
  return wrapped;
}

function appendLine(text: string, line: string, evidence: () => HyphenEvidence): { text: string; cut: boolean } {
  if (endsWithCut(text) && /^\p{L}/u.test(line)) {
    const before = text.slice(0, -1);
    const hyphen = text.endsWith('-') && keepsHyphen(before, line, evidence()) ? '-' : '';
    return { text: `${before}${hyphen}${line}`, cut: true };
  }
  return { text: `${text} ${line}`, cut: false };
}

export function joinLines(lines: SourceLine[]): JoinResult {
  const context: JoinContext = { width: wrapWidth(lines), blanksSeparate: blankLinesSeparate(lines) };
  // Gathered only if a word is cut somewhere: it reads every word of the text.
  let evidence: HyphenEvidence | undefined;
  const evidenceOnce = () => (evidence ??= hyphenEvidence(lines.map((line) => line.text)));
  const paragraphs: JoinedParagraph[] = [];
  let current: JoinedParagraph | undefined;
  let dehyphenated = 0;
  let gap = false;
  for (const line of lines) {
    if (!line.text) {
      gap = true;
      continue;
    }
    // Blank lines around a page break or a removed footer are layout, not a paragraph break.
    const paragraphGap = gap && !line.afterNoise;
    if (current && continues(current.lines, line, paragraphGap, context)) {
      const joined = appendLine(current.text, line.text, evidenceOnce);
      current.text = joined.text;
      current.lines.push(line);
      if (joined.cut) dehyphenated++;
    } else {
      current = { text: line.text, lines: [line] };
      paragraphs.push(current);
    }
    gap = false;
  }
  for (const paragraph of paragraphs) paragraph.text = paragraph.text.replace(/\u00AD/g, '');
  return { paragraphs, dehyphenated };
}
