import { type SearchTerms, foldText, matchesAsPrefix } from './searchTerms';

/**
 * The words of PostgreSQL's search, cut here rather than by its text parser: the parser depends
 * on the database's locale (it drops « ² », reads « a.b » or « 2.5 » as one word) and would then
 * disagree with the words of the query (searchTerms) and with the excerpt's marks. A word is a
 * run of letters and digits (Q5), folded (Q2: no `unaccent` extension needed); a passage is given
 * to PostgreSQL as a ready `tsvector`, the query as a ready `tsquery`.
 */

/** One word of a passage: where it is in the text as written, and its folded form. */
export interface TextWord {
  start: number;
  end: number;
  word: string;
}

/** Letters and digits, with the combining accents of a text written decomposed (NFD). */
const WRITTEN_WORD = /[\p{L}\p{N}\p{M}]+/gu;
const WORD = /[\p{L}\p{N}]+/gu;

/**
 * PostgreSQL refuses a lexeme over 2,047 bytes (a `tsvector` or `tsquery` holding one fails):
 * such a word is left out of the index, so the query's is never found.
 */
const MAX_WORD_BYTES = 2047;
const indexable = (word: string) => Buffer.byteLength(word) <= MAX_WORD_BYTES;

/** The words of `text`, in order, as the index keeps them and the excerpt marks them. */
export function textWords(text: string): TextWord[] {
  const words: TextWord[] = [];
  for (const written of text.matchAll(WRITTEN_WORD)) {
    const start = written.index;
    const end = start + written[0].length;
    for (const folded of foldText(written[0]).matchAll(WORD)) words.push({ start, end, word: folded[0] });
  }
  return words;
}

/**
 * The `tsvector` literal of a passage: each word at its position (1-based, as PostgreSQL counts),
 * so phrases match adjacent words only. Words are letters and digits: quoting them is enough.
 * PostgreSQL keeps positions up to 16,383: beyond, in a passage longer than any paragraph, a phrase
 * may no longer be told from its words.
 */
export function tsvectorLiteral(words: readonly TextWord[]): string {
  return words
    .map((word, index) => (indexable(word.word) ? `'${word.word}':${index + 1}` : ''))
    .filter((entry) => entry !== '')
    .join(' ');
}

/**
 * The `tsquery` literal for `terms`: every word and phrase must match in one passage (Q2), a word
 * as a prefix when `matchesAsPrefix` says so. Undefined when nothing can match: no word, or one
 * too long to be in the index.
 */
export function tsqueryLiteral(terms: SearchTerms): string | undefined {
  const all = [...terms.words, ...terms.phrases.flat()];
  if (all.length === 0 || !all.every(indexable)) return undefined;
  const words = terms.words.map((word) => (matchesAsPrefix(word) ? `'${word}':*` : `'${word}'`));
  const phrases = terms.phrases.map((phrase) => `(${phrase.map((word) => `'${word}'`).join(' <-> ')})`);
  return [...words, ...phrases].join(' & ');
}
