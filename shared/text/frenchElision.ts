/**
 * French elision where a name is inserted after « de » or « que »: « d’Ensemble », « de
 * l’Armée du Salut », « qu’Hélène ». Names are inserted everywhere in generated text
 * (approvals, statements, notes, labels), so the rule lives once.
 */

/** A word starting with a vowel or a mute h takes the elided form. */
const ELIDES = /^[aeiouyàâäéèêëîïôöùûüœæ]|^h(?!ors\b|aut|all|ameau|andicap|angar|arcèlement|asard|ausse|éros|iérarchie|onte|ollande)/i;

/** Whether « de » before this word becomes « d’ » (« Hors la Rue » keeps « de »: aspirated h). */
export function elides(name: string): boolean {
  return ELIDES.test(name.trimStart());
}

/** « de » + a person's name: elided, nothing else (« de Le Gall » is a surname, not « du Gall »). */
export const deName = (name: string): string => (elides(name) ? `d’${name.trim()}` : `de ${name.trim()}`);

/** « que » + name: « qu’Ensemble », « que Hors la Rue ». */
export const queName = (name: string): string => (elides(name) ? `qu’${name.trim()}` : `que ${name.trim()}`);

/**
 * Organisations named after a common noun take its article in a sentence (« l’Armée du Salut »,
 * « le Mouvement du Nid »); proper names and acronyms do not (« Ensemble », « Hors la Rue »,
 * « ECPAT »). The nouns associations and administrations are named with, by gender.
 */
const MASCULINE = new Set([
  'mouvement', 'comité', 'collectif', 'secours', 'réseau', 'centre', 'conseil', 'office', 'service', 'cabinet', 'ministère',
  'observatoire', 'institut', 'syndicat', 'groupement', 'bureau', 'pôle', 'foyer', 'fonds', 'haut', 'défenseur', 'barreau',
]);
const FEMININE = new Set([
  'armée', 'amicale', 'association', 'fédération', 'fondation', 'coordination', 'organisation', 'union', 'ligue', 'direction',
  'délégation', 'mission', 'agence', 'maison', 'mutuelle', 'commission', 'plateforme', 'cimade', 'croix-rouge', 'préfecture',
]);

/**
 * « de » + an organisation's name, with the article its name takes: « de l’Armée du Salut »,
 * « du Mouvement du Nid », « de la Fondation Scelles », « du Comité… » for « Le Comité… »,
 * « des Amis… » for « Les Amis… », « d’Ensemble », « de Hors la Rue ».
 */
export function deOrganisation(name: string): string {
  const trimmed = name.trim();
  const withArticle = /^(les|le|la)\s+(.+)$/i.exec(trimmed) ?? /^(l’|l')(.+)$/i.exec(trimmed);
  if (withArticle) {
    const [, article, rest] = withArticle;
    const lower = article!.toLowerCase();
    if (lower === 'le') return `du ${rest}`;
    if (lower === 'les') return `des ${rest}`;
    if (lower === 'la') return `de la ${rest}`;
    return `de l’${rest}`;
  }
  const first = (/^[^\s(,]+/.exec(trimmed)?.[0] ?? '').toLowerCase();
  const isAcronym = /^[A-ZÀ-Ý0-9]{2,}$/.test(/^[^\s(,]+/.exec(trimmed)?.[0] ?? '');
  if (!isAcronym && (MASCULINE.has(first) || FEMININE.has(first))) {
    if (elides(trimmed)) return `de l’${trimmed}`;
    return MASCULINE.has(first) ? `du ${trimmed}` : `de la ${trimmed}`;
  }
  return deName(trimmed);
}
