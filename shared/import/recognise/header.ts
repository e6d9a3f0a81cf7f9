import type { SourceBlock } from '../sourceBlock';
import { findFrenchDate } from './frenchDate';
import { PLACE_DATE, TITLE, VALIDATION } from './patterns';
import { type Vocabulary, restoreCase } from './restoreCase';

/**
 * The header of a compte-rendu: its title (often with the collective on a second line),
 * « Paris, le 26 novembre 2013 » and the validation statement, before the sommaire or the body.
 */
export interface MinutesHeader {
  title?: string;
  collective?: string;
  meetingDate?: string;
  place?: string;
  /** The date beside the place: when the minutes were written, not when the meeting was. */
  writtenOn?: string;
  /** « Validé lors de la réunion du Collectif du 17 février 2014 », as written. */
  validation?: string;
  /** Indexes of the header's blocks. */
  consumed: Set<number>;
}

const COLLECTIVE_WORDS = `(?:${[
  'collectif', 'association', 'r[ée]seau', 'coordination', 'f[ée]d[ée]ration', 'groupe', 'comit[ée]', 'conseil', 'bureau',
  'plateforme', 'commission', 'union', 'ligue', 'mouvement', 'coalition',
].join('|')})`;
/** « … DU COLLECTIF « ENSEMBLE … » » at the end of a title. */
const TITLE_COLLECTIVE = new RegExp(String.raw`\s+(?:du|de\s+la|de\s+l['’]|des)\s+(${COLLECTIVE_WORDS}(?![\p{L}]).*)$`, 'iu');
/** « DU COLLECTIF « … » » on its own line under the title. */
const COLLECTIVE_LINE = new RegExp(String.raw`^(?:(?:du|de\s+la|de\s+l['’]|des)\s+)?(${COLLECTIVE_WORDS}(?![\p{L}]).*)$`, 'iu');
const LABELLED = /^(date|lieu|date de la r[ée]union)\s*:\s*(.+)$/iu;
/** « Réunion du vendredi 31 janvier 2014, Secours Catholique, Paris »: when and where, not a title. */
const MEETING_LINE = /^(?:r[ée]union|s[ée]ance|rencontre)\s+(?:du|le)\s+([^,]{0,40}?\d{4})\s*,\s*([^.!?]{2,200})$/iu;

const clean = (text: string) => text.replace(/[\s,.;:]+$/, '').trim();

export function readHeader(blocks: SourceBlock[], vocabulary: Vocabulary): MinutesHeader {
  const header: MinutesHeader = { consumed: new Set() };
  for (let index = 0; index < Math.min(blocks.length, 12); index++) {
    const block = blocks[index];
    if (!block) break;
    const text = block.text;
    const labelled = LABELLED.exec(text);
    const placeDate = PLACE_DATE.exec(text);
    const meeting = MEETING_LINE.exec(text);
    const meetingDate = meeting && findFrenchDate(meeting[1] ?? '');
    const isTitleHeading = block.style.kind === 'heading' && block.style.level === 1;
    if (meeting && meetingDate && !isTitleHeading) {
      header.meetingDate = meetingDate;
      header.place ??= clean(meeting[2] ?? '');
    } else if (!header.title && (isTitleHeading || (TITLE.test(text) && text.length <= 250 && !/[.!?]$/.test(text)))) {
      const restored = restoreCase(text, vocabulary);
      const collective = TITLE_COLLECTIVE.exec(restored);
      if (collective?.index !== undefined && findFrenchDate(restored.slice(0, collective.index))) {
        header.title = clean(restored.slice(0, collective.index));
        header.collective = clean(collective[1] ?? '');
      } else header.title = clean(restored);
      header.meetingDate ??= findFrenchDate(text);
    } else if (!header.collective && COLLECTIVE_LINE.test(text) && text.length <= 200 && !/[.!?:]$/.test(text) && !findFrenchDate(text)) {
      header.collective = clean(restoreCase(text, vocabulary).replace(/^(?:du|de\s+la|de\s+l['’]|des)\s+/iu, ''));
      header.collective = header.collective.replace(/^\p{Ll}/u, (c) => c.toUpperCase());
    } else if (placeDate && findFrenchDate(placeDate[2] ?? '') && !header.writtenOn) {
      // « Paris, le … » is where the minutes were written, what the header prints beside the date.
      header.place = clean(placeDate[1] ?? '');
      header.writtenOn = findFrenchDate(placeDate[2] ?? '');
    } else if (VALIDATION.test(text) && text.length <= 250) {
      header.validation = clean(restoreCase(text, vocabulary));
    } else if (labelled) {
      const value = clean(labelled[2] ?? '');
      if (/lieu/i.test(labelled[1] ?? '')) header.place = value;
      else header.meetingDate = findFrenchDate(value) ?? header.meetingDate;
    } else break;
    header.consumed.add(index);
  }
  return header;
}
