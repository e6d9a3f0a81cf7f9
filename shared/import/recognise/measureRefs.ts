/**
 * References to numbered measures of the plan: « mesure 22 », « la mesure 5 du Plan »,
 * « mesures 1 et 2 », « mesure n° 10, 2ème tiret ». Only a number makes a reference:
 * « être en mesure de », « mesure par mesure », « les mesures d’accompagnement » are words.
 */
export interface MeasureMention {
  /** Where the mention starts and ends in the text. */
  start: number;
  end: number;
  /** The references and the words between them (« et », « , »), in order. */
  parts: Array<string | { number: number; item: string }>;
}

const NUMBER = String.raw`(?:n[°o]\.?\s*)?(\d{1,3})(?![\p{L}\d])`;
const ORDINAL = String.raw`(?:\d{1,2}|premi|deuxi|second|troisi|quatri|cinqui|sixi|derni)\p{L}*`;
const ITEM_WORD = String.raw`(?:tiret|point|alin[ée]a|volet|paragraphe|puce|axe)s?`;
const ITEM = String.raw`(?:,\s*|\s*\(\s*)(${ORDINAL}\s+${ITEM_WORD})\)?`;
const MENTION = new RegExp(
  String.raw`(?<![\p{L}])mesures?\s+${NUMBER}((?:\s*(?:,|et|ou|à)\s*(?:(?:la|les)\s+)?(?:n[°o]\.?\s*)?\d{1,3}(?![\p{L}\d]))*)(?:${ITEM})?`,
  'giu',
);
const FOLLOWING = /(\s*(?:,|et|ou|à)\s*(?:(?:la|les)\s+)?(?:n[°o]\.?\s*)?)(\d{1,3})/giu;

export function findMeasureMentions(text: string): MeasureMention[] {
  const mentions: MeasureMention[] = [];
  for (const match of text.matchAll(MENTION)) {
    const first = Number(match[1]);
    const more = [...(match[2] ?? '').matchAll(FOLLOWING)];
    const item = (match[3] ?? '').trim();
    if (first < 1) continue;
    const parts: MeasureMention['parts'] = [{ number: first, item: more.length === 0 ? item : '' }];
    for (const [index, following] of more.entries()) {
      parts.push(following[1] ?? ' ');
      parts.push({ number: Number(following[2]), item: index === more.length - 1 ? item : '' });
    }
    mentions.push({ start: match.index ?? 0, end: (match.index ?? 0) + match[0].length, parts });
  }
  return mentions;
}
