/**
 * French typography of exported text: the no-break spaces that keep « : ; ? ! » and « » » off
 * the start of a line and « « » off its end, that hold a number to its unit and « mesure » to
 * its number, and typographic apostrophes. Applied once, by the export model, so that every
 * format prints the same text; URLs, e-mail addresses and code are left exactly as typed.
 */

/** U+00A0, before « : » and between a number and its unit (French convention). */
export const NO_BREAK_SPACE = '\u00A0';
/** U+202F, before « ; ! ? », inside guillemets and between groups of digits. */
export const NARROW_NO_BREAK_SPACE = '\u202F';

/** A piece of a line: its own text run, or a stretch that must come out as it went in. */
export interface TypographySegment {
  text: string;
  /** Code, a line break, a link whose text is an address: never changed. */
  verbatim?: boolean;
}

/** The spaces a writer may have typed or pasted where French wants one no-break space. */
const SPACES = '[ \\u00A0\\u2009\\u202F]';

/** What a punctuation mark may hang on: not a space, an opening bracket, nor another mark (« ?! » takes one space). */
const WORD_END = '[^\\s«(\\[{;:!?]';

/**
 * After the mark, what shows it is punctuation and not part of a token (« 14:30 », « a;b »,
 * « ?q=1 »): a space, the end of the line, or closing punctuation.
 */
const PUNCTUATION_FOLLOWS = '(?=\\s|$|[»)\\]"”’.,;:!?…])';

const UNITS = [
  'km²', 'm²', 'km', 'cm', 'mm', 'm', 'kg', 'g', 'ha', 'h', 'min', '°C', '°',
  'euros?', 'M€', 'k€', 'millions?', 'milliards?', 'ans?', 'mois', 'jours?', 'semaines?', 'heures?', 'minutes?',
].join('|');

/**
 * Each rule replaces its first group (spaces, or nothing, or the apostrophe) with `insert`. A
 * space added between two segments goes with the mark that wants it: the next character's
 * segment, or the previous one's for `«`.
 */
interface Rule {
  pattern: RegExp;
  insert: string;
  belongsToPrevious?: boolean;
}

const RULES: Rule[] = [
  // « aujourd'hui », « l'association »
  { pattern: /(?<=\p{L})(')(?=\p{L})/dgu, insert: '’' },
  // « Pourquoi ? », « Attention ! », « d’une part ; »: not the second mark of « ?! ».
  { pattern: new RegExp(`(?<=${WORD_END})(${SPACES}*)(?=[;!?]+${PUNCTUATION_FOLLOWS})`, 'dgu'), insert: NARROW_NO_BREAK_SPACE },
  { pattern: new RegExp(`(?<=${WORD_END})(${SPACES}*)(?=:${PUNCTUATION_FOLLOWS})`, 'dgu'), insert: NO_BREAK_SPACE },
  { pattern: new RegExp(`(?<=«)(${SPACES}*)(?=[^\\s»])`, 'dgu'), insert: NARROW_NO_BREAK_SPACE, belongsToPrevious: true },
  { pattern: new RegExp(`(?<=[^\\s«])(${SPACES}*)(?=»)`, 'dgu'), insert: NARROW_NO_BREAK_SPACE },
  // « 20 % », « 300 € »: the symbol may come glued to the number.
  { pattern: new RegExp(`(?<=\\d)(${SPACES}*)(?=[%‰€£$](?![\\p{L}\\p{N}]))`, 'dgu'), insert: NO_BREAK_SPACE },
  // « 15 km », « 10 h 30 », « 3 mois »: only where a space was typed (« 14h30 » stays as it is).
  { pattern: new RegExp(`(?<=\\d)(${SPACES}+)(?=(?:${UNITS})(?![\\p{L}\\p{N}]))`, 'dgu'), insert: NO_BREAK_SPACE },
  { pattern: new RegExp(`(?<=\\d${SPACES}h)(${SPACES}+)(?=\\d{2}(?!\\d))`, 'dgu'), insert: NO_BREAK_SPACE },
  // « 1 500 000 victimes »: a 4-digit year before a number is no thousands group.
  { pattern: new RegExp(`(?<=(?<![\\d.,])\\d{1,3}(?:${SPACES}\\d{3})*)(${SPACES})(?=\\d{3}(?![\\d]))`, 'dgu'), insert: NARROW_NO_BREAK_SPACE },
  // « mesure 22 », « mesures 7 et 10 », « n° 5 »
  { pattern: new RegExp(`(?<=(?<!\\p{L})[Mm]esures?)(${SPACES}+)(?=\\d)`, 'dgu'), insert: NO_BREAK_SPACE },
  { pattern: new RegExp(`(?<=(?<!\\p{L})[Nn]°)(${SPACES}*)(?=\\d)`, 'dgu'), insert: NO_BREAK_SPACE },
];

/**
 * What is not prose in running text, and must stay as typed: web and e-mail addresses (without
 * the punctuation that ends the sentence) and character references such as « &amp; ».
 */
const NOT_PROSE =
  /(?:\b(?:https?|ftp):\/\/|\bwww\.|\bmailto:)[^\s<>«»"]*[^\s<>«»".,;:!?)’]|[\p{L}\p{N}._%+'-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+|&#?[A-Za-z0-9]+;/gu;

interface Range {
  start: number;
  end: number;
}
interface Edit extends Range {
  insert: string;
  belongsToPrevious?: boolean;
}

const overlaps = (edit: Range, kept: Range): boolean =>
  edit.start === edit.end ? edit.start > kept.start && edit.start < kept.end : edit.start < kept.end && kept.start < edit.end;

/** Every change the rules ask for in `text`, in order, none of them overlapping another or a protected range. */
function editsOf(text: string, isProtected: (edit: Range) => boolean): Edit[] {
  const edits: Edit[] = [];
  for (const { pattern, insert, belongsToPrevious } of RULES) {
    for (const match of text.matchAll(pattern)) {
      const [start, end] = match.indices?.[1] ?? [match.index ?? 0, match.index ?? 0];
      if (text.slice(start, end) !== insert) edits.push({ start, end, insert, belongsToPrevious });
    }
  }
  edits.sort((a, b) => a.start - b.start || a.end - b.end);
  const kept: Edit[] = [];
  for (const edit of edits) {
    const previous = kept.at(-1);
    const clashes = previous && (previous.end > edit.start || (previous.start === edit.start && previous.end === edit.end));
    if (!clashes && !isProtected(edit)) kept.push(edit);
  }
  return kept;
}

/**
 * The segments of one line with French typography applied across them (« **Bonjour**: » gets its
 * space although the colon is in another run), each change made inside a segment that may change.
 */
export function frenchTypographySegments(segments: TypographySegment[]): string[] {
  const offsets: number[] = [];
  let joined = '';
  for (const segment of segments) {
    offsets.push(joined.length);
    joined += segment.text;
  }
  const protectedRanges: Range[] = segments
    .map((segment, i) => ({ start: offsets[i] ?? 0, end: (offsets[i] ?? 0) + segment.text.length, verbatim: segment.verbatim }))
    .filter((range) => range.verbatim && range.end > range.start);
  for (const match of joined.matchAll(NOT_PROSE)) protectedRanges.push({ start: match.index, end: match.index + match[0].length });

  const edits = editsOf(joined, (edit) => protectedRanges.some((range) => overlaps(edit, range)));
  const changes: Edit[][] = segments.map(() => []);
  const writable = (i: number) => i >= 0 && i < segments.length && !segments[i]?.verbatim;
  const segmentAt = (position: number) =>
    segments.findIndex((segment, i) => position >= (offsets[i] ?? 0) && position < (offsets[i] ?? 0) + segment.text.length);
  const lastEndingAt = (position: number) =>
    segments.findLastIndex((segment, i) => segment.text.length > 0 && (offsets[i] ?? 0) + segment.text.length === position);

  for (const edit of edits) {
    if (edit.start === edit.end) {
      const [next, previous] = [segmentAt(edit.start), lastEndingAt(edit.start)];
      const [preferred, other] = edit.belongsToPrevious ? [previous, next] : [next, previous];
      const target = writable(preferred) ? preferred : writable(other) ? other : -1;
      const at = edit.start - (offsets[target] ?? 0);
      if (target >= 0) changes[target]?.push({ start: at, end: at, insert: edit.insert });
      continue;
    }
    // Spaces typed on both sides of a segment boundary become one: the first piece takes the new space.
    let insert = edit.insert;
    segments.forEach((segment, i) => {
      const offset = offsets[i] ?? 0;
      const [start, end] = [Math.max(edit.start, offset), Math.min(edit.end, offset + segment.text.length)];
      if (start >= end) return;
      changes[i]?.push({ start: start - offset, end: end - offset, insert });
      insert = '';
    });
  }

  return segments.map((segment, i) => applied(segment.text, changes[i] ?? []));
}

/** `text` with its edits made, given in order: one pass, however many edits a long paragraph needs. */
function applied(text: string, edits: Edit[]): string {
  if (edits.length === 0) return text;
  const pieces: string[] = [];
  let from = 0;
  for (const edit of edits) {
    pieces.push(text.slice(from, edit.start), edit.insert);
    from = edit.end;
  }
  pieces.push(text.slice(from));
  return pieces.join('');
}

/** One line of text with French typography applied (see frenchTypographySegments). */
export const frenchTypography = (text: string): string => frenchTypographySegments([{ text }])[0] ?? text;
