import { fold } from '../recognise/french';

/**
 * A word cut at the end of a line (« coordi- / nation ») is joined back. A hyphen that
 * belongs to the word (« peut- / être », « Vallaud- / Belkacem ») stays: the document's
 * own spelling decides first, then the shape of the compound.
 */
export interface HyphenEvidence {
  /** Hyphenated words written inside lines (« compte-rendu »), folded. */
  compounds: Set<string>;
  /** Every word of the text, folded. */
  words: Set<string>;
}

const WORD = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu;

export function hyphenEvidence(lines: string[]): HyphenEvidence {
  const compounds = new Set<string>();
  const words = new Set<string>();
  for (const line of lines) {
    // The last word of a line may be the cut itself: it proves nothing.
    const body = line.replace(/[\p{L}]+-\s*$/u, '');
    for (const match of body.matchAll(WORD)) {
      const word = fold(match[0]);
      if (word.includes('-')) compounds.add(word);
      for (const part of word.split('-')) words.add(part);
      words.add(word.replace(/-/g, ''));
    }
  }
  return { compounds, words };
}

const COMPOUND_HEADS = new Set([
  'peut', 'compte', 'comptes', 'vis', 'au', 'ci', 'sous', 'non', 'ex', 'vice', 'anti', 'apres', 'avant', 'arriere',
  'demi', 'semi', 'mi', 'porte', 'rendez', 'celui', 'celle', 'ceux', 'celles', 'grand', 'grande', 'petit', 'petite',
  'franco', 'euro', 'outre', 'haut', 'haute', 'extra', 'socio', 'medico', 'psycho', 'est', 'sud', 'nord', 'quelques',
]);
const COMPOUND_TAILS = new Set([
  'meme', 'memes', 'ci', 'la', 'etre', 'dessous', 'dessus', 'dela', 'vous', 't', 'il', 'ils', 'elle', 'elles', 'on',
  'joint', 'jointe', 'joints', 'jointes', 'cle', 'cles', 'rendu', 'rendus', 'verbal', 'verbaux',
]);

/** Whether the hyphen at the end of `before` is part of the word that `after` completes. */
export function keepsHyphen(before: string, after: string, evidence: HyphenEvidence): boolean {
  const head = fold(/[\p{L}\p{N}'’-]+$/u.exec(before.replace(/-$/, ''))?.[0] ?? '');
  const tailWord = /^[\p{L}\p{N}]+/u.exec(after)?.[0] ?? '';
  const tail = fold(tailWord);
  const lastHead = head.split(/['-]/).pop() ?? head;
  if (evidence.compounds.has(`${head}-${tail}`)) return true;
  if (evidence.words.has(`${lastHead}${tail}`)) return false;
  if (/^\p{Lu}/u.test(tailWord)) return true;
  return COMPOUND_HEADS.has(lastHead) || COMPOUND_TAILS.has(tail);
}

/** A line that ends inside a word: a letter then a hyphen (or a soft hyphen). */
export const endsWithCut = (line: string): boolean => /\p{L}(?:-|\u00AD)$/u.test(line);
