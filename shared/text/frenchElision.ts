/**
 * French elision where a name is inserted after « de », « le », « la » or « que »:
 * « d’Ensemble », « de l’Armée du Salut », « l’Amicale du Nid ». Names are inserted
 * everywhere in generated text (approvals, statements, notes), so the rule lives once.
 */

/** A word starting with a vowel or a mute h takes the elided article. */
const ELIDES = /^[aeiouyàâäéèêëîïôöùûüœæh]/i;

/** Words starting with an aspirated h, which do not elide (« de la Hollande »). */
const ASPIRATED_H = /^(hors|haut|hall|hameau|handicap|hangar|harcèlement|hasard|hausse|héros|hiérarchie|honte|hollande)/i;

/** Whether « de » before this name becomes « d’ ». */
export function elides(name: string): boolean {
  const word = name.trimStart();
  return ELIDES.test(word) && !ASPIRATED_H.test(word);
}

/**
 * « de » + name, with the article a name with its own « La »/« Le »/« Les » needs:
 * « d’Ensemble », « de l’Armée du Salut » (when `article` is given), « du Mouvement du Nid »
 * (a name starting with « Le »), « des Amis … » (« Les »).
 */
export function deName(name: string): string {
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
  return elides(trimmed) ? `d’${trimmed}` : `de ${trimmed}`;
}

/** « que » + name: « qu’Ensemble », « que Hors la Rue ». */
export function queName(name: string): string {
  const trimmed = name.trim();
  return elides(trimmed) ? `qu’${trimmed}` : `que ${trimmed}`;
}
