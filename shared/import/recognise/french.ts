/** Small facts about written French that several recognisers share. */

/**
 * Lower case, without accents, with one kind of apostrophe and dash: for comparing, never
 * for output. It keeps the length of composed text, so positions found in it hold in the original.
 */
export function fold(text: string): string {
  const cached = folded.get(text);
  if (cached !== undefined) return cached;
  const result = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/[‐‑–—]/g, '-');
  // Words come back thousands of times in a long document; paragraphs do not.
  if (text.length <= 40) {
    if (folded.size > 50_000) folded.clear();
    folded.set(text, result);
  }
  return result;
}
const folded = new Map<string, string>();

/** Words that never end a title or a name: a line ending with one continues on the next. */
export const FUNCTION_WORDS = new Set([
  'a', 'à', 'au', 'aux', 'avec', 'ce', 'ces', 'cet', 'cette', 'chez', 'contre', 'dans', 'de', 'des', 'du', 'en',
  'entre', 'et', 'la', 'le', 'les', 'leur', 'leurs', 'mais', 'ni', 'ou', 'par', 'pour', 'que', 'qui', 'sa', 'sans',
  'se', 'ses', 'son', 'sous', 'sur', 'un', 'une', 'vers', 'dont', 'si', 'ne', "d'", "l'", "qu'", "d’", "l’", "qu’",
]);

/** Articles that may precede an organisation's name (« Le Mouvement du Nid », « L’Amicale du Nid »). */
export const LEADING_ARTICLE = /^(?:le|la|les|l['’])\s*/i;

/** Words inside names that stay lower case (« Hors la Rue », « Armée du Salut »). */
export const NAME_LINKS = new Set([
  'de', 'du', 'des', 'la', 'le', 'les', "l'", "d'", 'et', 'pour', 'contre', 'sur', 'en', 'à', 'au', 'aux', 'sans', 'par',
]);

export const isUpperInitial = (word: string): boolean => /^[«"(]?\p{Lu}/u.test(word);

/** More than four letters, nearly all capitals: a line typed in ALL CAPS. */
export function isAllCaps(text: string): boolean {
  // Titles and headings are short; a long paragraph is never « in capitals ».
  if (text.length > 300) return false;
  let upper = 0;
  let lower = 0;
  for (const char of text) {
    if (char !== char.toLowerCase()) upper++;
    else if (char !== char.toUpperCase()) {
      lower++;
      // Most text is lower case from its second letter: stop as soon as it shows.
      if (lower > 3 && lower > upper * 0.15) return false;
    }
  }
  return upper + lower >= 4 && lower / (upper + lower) < 0.15;
}

/** Ends like a sentence (a period, not an abbreviation like « etc. » mid-line, or ! ? …). */
export const endsSentence = (text: string): boolean => /[.!?…](?:\s*[»")\]])?\s*$/.test(text);

/** Civilities that introduce a person's name. */
export const CIVILITY = String.raw`(?:M\.|MM\.|Mme|Mmes|Mlle|Mr|Me|Dr|Pr|Monsieur|Madame|Mademoiselle|Maître|Docteur|Professeur)`;

/** A capitalised name word, with particles (« de Rugy », « Vallaud-Belkacem », « D’Ornano »). */
export const NAME_WORD = String.raw`(?:\p{Lu}[\p{L}’'-]*)`;
export const NAME = String.raw`(?:(?:de |du |d[’']|le |la |van |von )?${NAME_WORD}(?:[ -](?:de |du |d[’'])?${NAME_WORD}){0,3})`;
