/**
 * What a new compte-rendu's « Collectif » field starts with: the account's collective as the
 * minutes head it, « Collectif « Ensemble contre la traite des êtres humains » », unless its
 * name already says « Collectif … ». Empty when the collective has no name.
 */
export function collectiveHeading(collectiveName: string): string {
  const name = collectiveName.trim();
  if (name === '' || /^collectif\b/i.test(name)) return name;
  return `Collectif «\u00a0${name}\u00a0»`;
}
