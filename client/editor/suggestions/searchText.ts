/**
 * Lower case, without accents and with one kind of apostrophe, so that « a » finds
 * « À suivre » and « genevieve » finds « Geneviève », as people type in a hurry.
 */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('fr-FR').replace(/’/g, "'");
}

const wordsOf = (text: string): string[] => foldForSearch(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/**
 * Whether every word of `query` starts a word of `texts`: « la rue » finds « Hors la Rue »,
 * « suiv » finds « À suivre ». An empty query matches everything.
 */
export function matchesQuery(query: string, texts: readonly string[]): boolean {
  const wanted = wordsOf(query);
  if (wanted.length === 0) return true;
  const available = texts.flatMap(wordsOf);
  return wanted.every((word) => available.some((candidate) => candidate.startsWith(word)));
}
