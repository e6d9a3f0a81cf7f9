import type { LetterFields } from '../api/letters';
import { cleanInlineText } from '../export/cleanText';
import type { Inline } from '../export/exportModel';
import { frenchLongDate } from '../export/frenchDate';

/**
 * The lines of each part of a letter around its body, worded as the collective's letters word
 * them (« Objet : … », « PJ : … », « Copies : », « - Madame X, titre »). Plain text: the
 * export model sets the typography. A part with nothing to say has no line.
 */

const clean = (text: string): string => cleanInlineText(text).trim();
const line = (text: string): Inline[] => [{ kind: 'text', text }];
const nonEmpty = (texts: string[]): string[] => texts.map(clean).filter(Boolean);
const labelled = (label: string, text: string, bold = false): Inline[] => [
  { kind: 'text', text: `${label} :`, ...(bold ? { bold: true } : {}) },
  ...(text ? [{ kind: 'text' as const, text: ` ${text}` }] : []),
];

export const linesOf = (texts: string[]): Inline[][] => nonEmpty(texts).map(line);

/** « Paris, le 21 avril 2015 », « Le 21 avril 2015 », « Paris ». */
export function placeAndDateLine({ place, date }: Pick<LetterFields, 'place' | 'date'>): Inline[][] {
  const where = clean(place);
  const day = frenchLongDate(date);
  const text = day ? (where ? `${where}, le ${day}` : `Le ${day}`) : where;
  return text ? [line(text)] : [];
}

export const addresseeLines = ({ addressee }: Pick<LetterFields, 'addressee'>): Inline[][] =>
  linesOf([addressee.name, addressee.title, ...addressee.address]);

/** « Objet : » in bold, as the collective's letters set it. */
export function objectLine({ object }: Pick<LetterFields, 'object'>): Inline[][] {
  const text = clean(object);
  return text ? [labelled('Objet', text, true)] : [];
}

export const signatoryLines = ({ signatory }: Pick<LetterFields, 'signatory'>): Inline[][] =>
  linesOf([signatory.name, signatory.title, signatory.onBehalf]);

/** « PJ : Synthèse… » for one document; for several, « PJ : » and one « - … » line each. */
export function attachmentLines({ attachments }: Pick<LetterFields, 'attachments'>): Inline[][] {
  const documents = nonEmpty(attachments);
  if (documents.length <= 1) return documents.map((text) => labelled('PJ', text));
  return [labelled('PJ', ''), ...documents.map((text) => line(`- ${text}`))];
}

/** « Copies : » then « - Madame Elisabeth Moiron-Braud, Secrétaire Générale… ». */
export function copyLines({ copies }: Pick<LetterFields, 'copies'>): Inline[][] {
  const people = copies
    .map((copy) => nonEmpty([copy.name, copy.title]).join(', '))
    .filter(Boolean)
    .map((text) => line(`- ${text}`));
  return people.length > 0 ? [labelled('Copies', ''), ...people] : [];
}

/** « Collectif « Ensemble… » » as typed, or the bare name put in « Collectif « … » ». */
const collectiveName = (collective: string): string => (/^collectif\b/i.test(collective) ? collective : `Collectif « ${collective} »`);

/** « Associations membres du Collectif « … » : » then the names, « , » between them, « . » at the end. */
export function memberLines(withMembers: boolean, collective: string, members: string[]): Inline[][] {
  const names = nonEmpty(members);
  const name = clean(collective);
  if (!withMembers || names.length === 0) return [];
  const heading = name ? `Associations membres du ${collectiveName(name)} :` : 'Associations membres du Collectif :';
  return [line(heading), line(`${names.join(', ')}${/[.!?…]$/.test(names.at(-1) ?? '') ? '' : '.'}`)];
}

export const contactLines = ({ contact }: Pick<LetterFields, 'contact'>): Inline[][] => linesOf([contact]);
