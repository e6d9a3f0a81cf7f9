import { z } from 'zod';
import { calendarDateSchema } from '../model/calendarDate';
import { singleLineText } from '../model/singleLineText';
import './frenchZodMessages';

/**
 * The cover letter that sends a validated compte-rendu (« Lettre d'envoi », SPEC L1–L8).
 * Its body is a collaborative document like the minutes (same schema, its own room);
 * everything around the body is these fields, kept by the server and edited by a form.
 */

/** Lines of the letterhead, of an address, of « PJ »: each one line of text. */
const lines = (maxLines: number, maxLength: number) =>
  z.array(singleLineText(maxLength)).max(maxLines, `${maxLines} lignes au plus`);

/** « Monsieur Bernard Cazeneuve », « Ministre de l’Intérieur », « Place Beauvau » / « 75800 Paris Cedex 08 ». */
export const letterAddresseeSchema = z.strictObject({
  name: singleLineText(200),
  title: singleLineText(300),
  address: lines(6, 200),
});
export type LetterAddressee = z.infer<typeof letterAddresseeSchema>;

/** « Véronique Fayet », « Présidente du Secours Catholique – Caritas France », « Pour le Collectif « … » ». */
export const letterSignatorySchema = z.strictObject({
  name: singleLineText(200),
  title: singleLineText(300),
  onBehalf: singleLineText(300),
});
export type LetterSignatory = z.infer<typeof letterSignatorySchema>;

/** One person in « Copies : »: « Monsieur Eric Panloup », « Coordinateur National Traite des êtres humains ». */
export const letterCopySchema = z.strictObject({
  name: singleLineText(200),
  title: singleLineText(500),
});
export type LetterCopy = z.infer<typeof letterCopySchema>;

export const LETTER_MAX_COPIES = 30;
export const LETTER_MAX_ATTACHMENTS = 30;

/** Everything of a letter but its body (PUT /api/letters/:id replaces them whole). */
export const letterFieldsSchema = z.strictObject({
  /** Printed at the top, from the collective's template when the letter was created. */
  letterhead: lines(6, 300),
  addressee: letterAddresseeSchema,
  /** « Paris » in « Paris, le 21 avril 2015 ». */
  place: singleLineText(100),
  /** `AAAA-MM-JJ`; empty while not chosen. */
  date: z.union([z.literal(''), calendarDateSchema]),
  /** « Objet : … » */
  object: singleLineText(500),
  signatory: letterSignatorySchema,
  /** « PJ : » one attached document per line: the compte-rendu's title, then its annexes. */
  attachments: lines(LETTER_MAX_ATTACHMENTS, 500),
  copies: z.array(letterCopySchema).max(LETTER_MAX_COPIES, `${LETTER_MAX_COPIES} personnes au plus`),
  /** Print « Associations membres du Collectif … : » with the collective's associations. */
  withMembers: z.boolean(),
  /** « Coordination : genevieve.colas@secours-catholique.org / 06 71 00 69 90 » */
  contact: singleLineText(300),
});
export type LetterFields = z.infer<typeof letterFieldsSchema>;

/** `PUT /api/letters/:id`: refused with 409 when `revision` is not the stored one (someone saved meanwhile). */
export const letterUpdateSchema = z.strictObject({
  revision: z.number().int().min(0),
  fields: letterFieldsSchema,
});
export type LetterUpdate = z.infer<typeof letterUpdateSchema>;

/**
 * A collective's letter template (L6), edited by its coordination. `body` paragraphs may
 * name `{titre}` (the compte-rendu's title) and `{date}` (« 22 novembre 2013 », its meeting day).
 */
export const letterTemplateSchema = z.strictObject({
  letterhead: lines(6, 300),
  place: singleLineText(100),
  signatory: letterSignatorySchema,
  /** The first paragraph of the body: « Madame, Monsieur, ». */
  salutation: singleLineText(200),
  body: z.array(z.string().trim().max(3000, 'au plus 3000 caractères par paragraphe')).max(20, '20 paragraphes au plus'),
  /** The last paragraph of the body: « Veuillez agréer, … l’assurance de ma très haute considération. » */
  closing: singleLineText(500),
  contact: singleLineText(300),
});
export type LetterTemplate = z.infer<typeof letterTemplateSchema>;

/** `GET /api/letters/:id`. */
export interface LetterView {
  id: string;
  minutesId: string;
  /** The compte-rendu it sends, as listed. */
  minutesTitle: string;
  fields: LetterFields;
  revision: number;
  createdAt: string;
  updatedAt: string;
  /** The account that created it. */
  createdBy: string;
  /** Whether the caller may change the fields and the body (secretariat, coordination). */
  canEdit: boolean;
  /** The collective's name and its associations, as the « Associations membres du Collectif » block prints them. */
  collective: string;
  members: string[];
}

/** One row of `GET /api/minutes/:id/letters`, newest first. */
export interface LetterSummary {
  id: string;
  object: string;
  addressee: string;
  date: string;
  updatedAt: string;
}

/** `POST /api/minutes/:id/letters` answers 201 with this. */
export interface LetterCreated {
  id: string;
}

export const LETTER_FORMATS = ['pdf', 'odt', 'docx'] as const;
export type LetterFormat = (typeof LETTER_FORMATS)[number];
