import { MATCH_END, MATCH_START } from './excerptParts';
import { type TextWord, textWords } from './pgSearchWords';
import { type SearchTerms, matchesAsPrefix } from './searchTerms';

/** Words of context in an excerpt, as SQLite's snippet gives them (EXCERPT_TOKENS). */
const EXCERPT_WORDS = 24;
const ELLIPSIS = '…';

/** A matched word or phrase: its first and last word, and which term it matches. */
interface Hit {
  first: number;
  last: number;
  term: number;
}

function hitsOf(words: readonly TextWord[], terms: SearchTerms): Hit[] {
  const hits: Hit[] = [];
  words.forEach(({ word }, at) => {
    terms.words.forEach((term, index) => {
      if (matchesAsPrefix(term) ? word.startsWith(term) : word === term) hits.push({ first: at, last: at, term: index });
    });
    terms.phrases.forEach((phrase, index) => {
      if (phrase.every((term, offset) => words[at + offset]?.word === term)) {
        hits.push({ first: at, last: at + phrase.length - 1, term: terms.words.length + index });
      }
    });
  });
  return hits;
}

/**
 * Where the excerpt starts: the window of EXCERPT_WORDS words holding the most different terms
 * (then the most matches), with its matches in the middle, as FTS5's snippet chooses.
 */
function windowStart(wordCount: number, hits: readonly Hit[]): number {
  if (wordCount <= EXCERPT_WORDS || hits.length === 0) return 0;
  let best = { score: -1, first: 0, last: 0 };
  // Hits come in the order of their first word: a window's hits follow its first one.
  hits.forEach((candidate, at) => {
    if (at > 0 && hits[at - 1]!.first === candidate.first) return;
    const terms = new Set<number>();
    let count = 0;
    let last = candidate.first;
    for (let next = at; next < hits.length && hits[next]!.first < candidate.first + EXCERPT_WORDS; next++) {
      const hit = hits[next]!;
      if (hit.last >= candidate.first + EXCERPT_WORDS) continue;
      terms.add(hit.term);
      count++;
      last = Math.max(last, hit.last);
    }
    const score = terms.size * 1000 + count;
    if (score > best.score) best = { score, first: candidate.first, last };
  });
  const centred = best.first - Math.floor((EXCERPT_WORDS - (best.last - best.first + 1)) / 2);
  return Math.min(Math.max(centred, 0), wordCount - EXCERPT_WORDS);
}

/** Merges overlapping matches into spans of words, in order. */
function spansOf(hits: readonly Hit[], from: number, to: number): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  const inWindow = hits
    .map((hit): [number, number] => [Math.max(hit.first, from), Math.min(hit.last, to)])
    .filter(([first, last]) => first <= last)
    .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  for (const [first, last] of inWindow) {
    const previous = spans.at(-1);
    if (previous && first <= previous[1]) previous[1] = Math.max(previous[1], last);
    else spans.push([first, last]);
  }
  return spans;
}

/**
 * The excerpt of a matched passage, its matched words between MATCH_START and MATCH_END: the
 * markers SQLite's snippet writes, so both indexes answer the same excerpt parts (Q6). Made from
 * the text as written (accents kept), with « … » where the passage goes on.
 */
export function markedExcerpt(text: string, terms: SearchTerms): string {
  const words = textWords(text);
  if (words.length === 0) return text;
  const hits = hitsOf(words, terms);
  const start = windowStart(words.length, hits);
  const end = Math.min(start + EXCERPT_WORDS, words.length) - 1;
  let cursor = start === 0 ? 0 : words[start]!.start;
  let excerpt = start === 0 ? '' : ELLIPSIS;
  for (const [first, last] of spansOf(hits, start, end)) {
    excerpt += text.slice(cursor, words[first]!.start) + MATCH_START + text.slice(words[first]!.start, words[last]!.end) + MATCH_END;
    cursor = words[last]!.end;
  }
  return end === words.length - 1 ? excerpt + text.slice(cursor) : excerpt + text.slice(cursor, words[end]!.end) + ELLIPSIS;
}
