import { fold, isAllCaps } from './french';

/**
 * Titles and headings are often typed in capitals, which drop the accents
 * (« REUNION », « ETRES HUMAINS »). The same words are usually written normally in the
 * body, so their spelling is taken from there: phrase by phrase first (keeping
 * « Collectif « Ensemble contre la traite » » as the document writes it), then word by word.
 */
export interface Vocabulary {
  words: string[];
  keys: string[];
  positions: Map<string, number[]>;
}

const WORD = /[\p{L}\p{N}]+/gu;

/** Accented words the body may not contain, so capitals do not come back as « reunion ». */
const FALLBACK: Record<string, string> = {
  a: 'à', reunion: 'réunion', reunions: 'réunions', etres: 'êtres', etre: 'être', fevrier: 'février', aout: 'août',
  decembre: 'décembre', valide: 'validé', validee: 'validée', generale: 'générale', general: 'général',
  comite: 'comité', elements: 'éléments', activites: 'activités', actualites: 'actualités', preparation: 'préparation',
  europeenne: 'européenne', journee: 'journée', etapes: 'étapes', evenement: 'évènement',
  presentes: 'présentes', presents: 'présents', proces: 'procès', releve: 'relevé', decisions: 'décisions',
  securite: 'sécurité', strategie: 'stratégie', elaboration: 'élaboration', ministere: 'ministère',
};

export function vocabularyOf(texts: string[]): Vocabulary {
  const words: string[] = [];
  for (const text of texts) {
    // Capitalised text would teach the capitals back.
    if (isAllCaps(text)) continue;
    for (const match of text.matchAll(WORD)) words.push(match[0]);
    words.push(''); // a phrase never spans two texts
  }
  const keys = words.map(fold);
  const positions = new Map<string, number[]>();
  keys.forEach((key, index) => {
    if (!key) return;
    const list = positions.get(key);
    if (list) list.push(index);
    else positions.set(key, [index]);
  });
  return { words, keys, positions };
}

function singleWord(word: string, vocabulary: Vocabulary): string {
  const key = fold(word);
  const spellings = (vocabulary.positions.get(key) ?? []).map((index) => vocabulary.words[index] ?? '');
  // An acronym stays in capitals when the body writes it so (« MIPROF »).
  if (spellings.some((spelling) => spelling === word && word.length > 1)) return word;
  const lower = spellings.find((spelling) => /^\p{Ll}/u.test(spelling));
  if (lower) return lower;
  // A word always capitalised, more than once, is a name (« Collectif », « Paris »); once may be a sentence start.
  if (spellings.length >= 2 && spellings[0]) return spellings[0];
  return FALLBACK[key] ?? spellings[0]?.toLowerCase() ?? word.toLowerCase();
}

/** Longest run of `words` from `start` found in the body, and where. */
function longestPhrase(words: string[], start: number, vocabulary: Vocabulary): { at: number; length: number } {
  let best = { at: -1, length: 0 };
  for (const at of vocabulary.positions.get(fold(words[start] ?? '')) ?? []) {
    let length = 0;
    while (start + length < words.length && vocabulary.keys[at + length] === fold(words[start + length] ?? '')) length++;
    if (length > best.length) best = { at, length };
  }
  return best;
}

/** `text` in capitals rewritten in the document's own spelling, with a capital first letter. */
export function restoreCase(text: string, vocabulary: Vocabulary): string {
  if (!isAllCaps(text)) return text;
  const matches = [...text.matchAll(WORD)];
  const words = matches.map((match) => match[0]);
  const spelled: string[] = [];
  for (let index = 0; index < words.length; ) {
    const phrase = longestPhrase(words, index, vocabulary);
    if (phrase.length >= 2) {
      for (let k = 0; k < phrase.length; k++) spelled.push(vocabulary.words[phrase.at + k] ?? '');
      index += phrase.length;
    } else {
      spelled.push(singleWord(words[index] ?? '', vocabulary));
      index++;
    }
  }
  let result = '';
  let cursor = 0;
  matches.forEach((match, index) => {
    result += text.slice(cursor, match.index) + (spelled[index] ?? match[0]);
    cursor = (match.index ?? 0) + match[0].length;
  });
  result += text.slice(cursor);
  // A capital to start, and to start a name in guillemets (« Ensemble contre la traite »).
  const capital = (_: string, before: string, letter: string) => before + letter.toUpperCase();
  return result.replace(/^(\P{L}*)(\p{L})/u, capital).replace(/(«\s*)(\p{L})/gu, capital);
}
