import { findFrenchDate } from './frenchDate';
import { type OrganisationDirectory, organisationsNamedIn } from './organisations';

/**
 * The attributes of an « À suivre » box read from its text: who follows it up (the
 * participant organisations its sentences start with) and by when (a date, or the
 * words the minutes use: « d’ici la prochaine réunion », « la semaine prochaine »).
 */
export interface FollowUpAttributes {
  owners: string[];
  due: string;
  status: 'open' | 'done';
}

const DEADLINE_WORDS = [
  String.raw`(?:d[’']ici|avant|pour|lors de)\s+la\s+prochaine\s+r[ée]union`,
  String.raw`d[’']ici\s+(?:la|le|l[’']|à|au|fin)\s*[^,.;:?!]{0,40}?(?=\s*(?:[,.;:?!]|$)|,?\s+(?:il|elle|ils|elles|on|les|le|la|des|de)\s)`,
  String.raw`dans\s+les\s+(?:semaines|jours|mois)\s+(?:à|qui)\s+(?:venir|viennent)`,
  String.raw`(?:la|en\s+d[ée]but\s+de)\s+semaine\s+prochaine`,
  String.raw`le\s+mois\s+prochain`,
];
const DEADLINE = new RegExp(DEADLINE_WORDS.map((words) => `(?:${words})`).join('|'), 'iu');
/** « avant le 15 mars 2014 », « d’ici le vendredi 31 janvier 2014 », « pour le 15/03/2014 ». */
const BY = String.raw`(?:avant|d[’']ici|pour|au plus tard|jusqu[’']au)\s+(?:le\s+)?`;
const DATED = new RegExp(String.raw`${BY}(?:\p{L}+\s+)?(?:1er|\d{1,2})\s+\p{L}+\s+\d{4}|${BY}\d{1,2}\/\d{1,2}\/\d{4}`, 'iu');

function dueOf(text: string): string {
  const dated = DATED.exec(text);
  const date = dated && findFrenchDate(dated[0]);
  if (date) return date;
  const words = DEADLINE.exec(text)?.[0];
  return words ? words.trim().replace(/^\p{Lu}/u, (c) => c.toLowerCase()) : '';
}

/** Sentence and item starts: where an owner is named (« Le Secours Catholique contactera … »). */
const sentenceStarts = (text: string): number[] => [0, ...[...text.matchAll(/(?:[.;!?]|^[-–•])\s+|\n/gmu)].map((m) => (m.index ?? 0) + m[0].length)];

/**
 * « Responsables : Hors la Rue, CCEM — Échéance : 31 janvier 2014 — Fait »: the line
 * Minutier's own exports put after « À suivre », read back as the box's attributes.
 */
export function stated(details: string): Partial<FollowUpAttributes> | undefined {
  const attributes: Partial<FollowUpAttributes> = {};
  for (const part of details.split(/\s+—\s+/)) {
    const owners = /^Responsables?\s*:\s*(.+)$/u.exec(part);
    const due = /^[ÉE]ch[ée]ance\s*:\s*(.+)$/u.exec(part);
    if (owners) attributes.owners = (owners[1] ?? '').split(/\s*,\s*/).filter(Boolean);
    else if (due) attributes.due = findFrenchDate(due[1] ?? '') ?? (due[1] ?? '').trim();
    else if (/^fait$/iu.test(part.trim())) attributes.status = 'done';
    else return undefined;
  }
  return attributes;
}

export function followUpAttributes(paragraphs: string[], directory: OrganisationDirectory): FollowUpAttributes {
  const owners: string[] = [];
  for (const paragraph of paragraphs) {
    const starts = sentenceStarts(paragraph);
    for (const { organisation, index } of organisationsNamedIn(paragraph, directory)) {
      // « Le Secours Catholique », « L’Amicale du Nid », « Hors la Rue : »: at most an article before.
      const opensSentence = starts.some((start) => index >= start && /^(?:(?:le|la|les|l['’])\s*)?$/iu.test(paragraph.slice(start, index)));
      if (opensSentence && !owners.includes(organisation.name)) owners.push(organisation.name);
    }
  }
  return { owners, due: dueOf(paragraphs.join(' ')), status: 'open' };
}
