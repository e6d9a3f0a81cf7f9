/**
 * Turns what a user typed into an FTS5 MATCH expression that can never be read as
 * FTS syntax (SPEC Q5): words are runs of letters and digits, every other character
 * separates them, and each word is written as a quoted FTS string. Operators typed by
 * the user (AND, OR, NOT, NEAR, *, ^, :, parentheses) are therefore plain words or
 * separators. Text between double quotes is a phrase.
 *
 * French without a stemmer (SPEC Q2): accents and case are folded (here and by the
 * `unicode61 remove_diacritics 2` tokenizer), and a word outside a phrase matches as a
 * prefix after dropping one final « s » or « x » from words of five letters or more, so
 * « prefecture » finds « Préfectures » and « préfectures » finds « préfecture ». Numbers and
 * words under three letters match whole: « mesure 2 » is not « mesure 22 », and the « d » of
 * « d’urgence » is not every word starting with d.
 */

const WORD = /[\p{L}\p{N}]+/gu;
/** Shorter words keep their last letter: « gens », « pas », « bus » are not plurals to fold. */
const PLURAL_MIN_LENGTH = 5;
/** Shorter words match whole, not as a prefix. */
const PREFIX_MIN_LENGTH = 3;
/** More words than this add nothing but cost: the rest are dropped. */
const MAX_WORDS = 32;

/** Lower case without accents: « Êtres » → « etres ». */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
}

const wordsOf = (text: string): string[] => [...foldText(text).matchAll(WORD)].map((match) => match[0]);

const singular = (word: string): string =>
  word.length >= PLURAL_MIN_LENGTH && /[sx]$/.test(word) ? word.slice(0, -1) : word;

export interface SearchTerms {
  /** Single words, folded, plural ending dropped. */
  words: string[];
  /** Quoted phrases, each as its folded words. */
  phrases: string[][];
}

/** Splits the user's text into words and "phrases"; an unclosed quote counts as closed at the end. */
export function parseSearchTerms(input: string): SearchTerms {
  const words: string[] = [];
  const phrases: string[][] = [];
  input.split('"').forEach((piece, index) => {
    const pieceWords = wordsOf(piece);
    if (index % 2 === 1 && pieceWords.length > 0) phrases.push(pieceWords);
    else words.push(...pieceWords.map(singular));
  });
  let budget = MAX_WORDS;
  const keptPhrases = phrases.filter((phrase) => (budget -= phrase.length) >= 0);
  return { words: [...new Set(words)].slice(0, Math.max(budget, 0)), phrases: keptPhrases };
}

/** Whether a word outside a phrase matches as a prefix (Q2): not a number, not under three letters. */
export const matchesAsPrefix = (word: string): boolean => word.length >= PREFIX_MIN_LENGTH && !/^\d+$/.test(word);

const wordExpression = (word: string): string => (matchesAsPrefix(word) ? `"${word}"*` : `"${word}"`);

/** The FTS5 expression for `terms`, or undefined when there is no word to search. */
export function ftsMatchExpression(terms: SearchTerms): string | undefined {
  // Words and phrase words are made of letters and digits only: quoting them is enough.
  const parts = [...terms.words.map(wordExpression), ...terms.phrases.map((phrase) => `"${phrase.join(' ')}"`)];
  return parts.length > 0 ? parts.join(' AND ') : undefined;
}
