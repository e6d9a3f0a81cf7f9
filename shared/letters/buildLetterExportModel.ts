import type { LetterFields } from '../api/letters';
import type { Plan } from '../api/plans';
import { buildExportModel } from '../export/buildExportModel';
import { cleanInlineText } from '../export/cleanText';
import type { Block, ExportDocument, Inline, LetterPart } from '../export/exportModel';
import { defaultProfileDrops } from '../export/exportProfile';
import { frenchTypography } from '../export/frenchTypography';
import { typesetBlocks } from '../export/typesetExportModel';
import type { ProseMirrorJSON } from '../schema/bodyContent';
import {
  addresseeLines,
  attachmentLines,
  contactLines,
  copyLines,
  linesOf,
  memberLines,
  objectLine,
  placeAndDateLine,
  signatoryLines,
} from './letterLines';

/** Everything a letter's export needs: its fields, its body as stored, and what the server knows around it. */
export interface LetterExportInput {
  fields: LetterFields;
  /** The body, ProseMirror JSON as `readBodyContent` gives it. */
  content: ProseMirrorJSON;
  /** The plans its measure references point into, for the measures' titles. */
  plans: Plan[];
  /** The collective's name, the letter's author. */
  collective: string;
  /** The names of its associations, for « Associations membres du Collectif … : ». */
  members: string[];
}

export const LETTER_TITLE = 'Lettre d’envoi';

/**
 * The body's blocks exactly as the minutes' body is laid out (measures with their titles as
 * footnotes, pending suggestions left out, typography set), with nothing dropped but comments,
 * which a letter never carries.
 */
function bodyBlocks({ content, plans }: LetterExportInput): Block[] {
  return buildExportModel({
    meta: { title: LETTER_TITLE },
    participants: [],
    content,
    plans,
    drops: { ...defaultProfileDrops.internal, comments: true },
  }).blocks;
}

const part = (name: LetterPart, lines: Inline[][]): Block[] =>
  lines.length > 0 ? typesetBlocks([{ kind: 'letterPart', part: name, lines }]) : [];

/**
 * A cover letter laid out for the same writers as the minutes: letterhead, place and date,
 * addressee, « Objet : », the body, signatory, « PJ : », « Copies : », the member associations
 * and the contact, each a part of its own; an empty field prints nothing. French typography
 * is set here once for every format.
 */
export function buildLetterExportModel(input: LetterExportInput): ExportDocument {
  const { fields, collective, members } = input;
  const object = cleanInlineText(fields.object).trim();
  const author = cleanInlineText(collective).trim();
  const title = object ? `${LETTER_TITLE} — ${object}` : LETTER_TITLE;
  return {
    layout: 'letter',
    title: frenchTypography(title),
    sommaire: [],
    blocks: [
      ...part('letterhead', linesOf(fields.letterhead)),
      ...part('placeAndDate', placeAndDateLine(fields)),
      ...part('addressee', addresseeLines(fields)),
      ...part('object', objectLine(fields)),
      ...bodyBlocks(input),
      ...part('signatory', signatoryLines(fields)),
      ...part('attachments', attachmentLines(fields)),
      ...part('copies', copyLines(fields)),
      ...part('members', memberLines(fields.withMembers, collective, members)),
      ...part('contact', contactLines(fields)),
    ],
    attendance: [],
    // File properties are searched and listed by other programs: they keep the words as typed.
    properties: { title, ...(object ? { subject: object } : {}), ...(author ? { author } : {}) },
  };
}
