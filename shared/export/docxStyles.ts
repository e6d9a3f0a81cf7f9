import {
  AlignmentType,
  BorderStyle,
  type IParagraphStyleOptions,
  type IStylesOptions,
  LevelFormat,
  type NumberingDefinition,
  ShadingType,
} from 'docx';
import { DOCX_FONTS } from './docxFontTable';
import type { LetterPart } from './exportModel';

/** Style ids of the DOCX export, as the paragraphs refer to them. */
export const docxStyle = {
  title: 'Title',
  heading1: 'Heading1',
  heading2: 'Heading2',
  collective: 'Collectif',
  placeAndDate: 'LieuEtDate',
  validation: 'Validation',
  sommaireTitle: 'TOCHeading',
  sommaireEntry: 'TOC1',
  speaker: 'Intervenant',
  turn: 'TourDeParole',
  actionItem: 'ASuivre',
  actionItemTitle: 'ASuivreTitre',
  actionItemDetails: 'ASuivreDetails',
  quotation: 'Quote',
  code: 'Code',
  attendance: 'Presences',
  signature: 'Signature',
  footer: 'Footer',
} as const;

/** Style ids of the parts of a cover letter. */
export const docxLetterStyle: Record<LetterPart, string> = {
  letterhead: 'LettreEntete',
  placeAndDate: 'LettreLieuEtDate',
  addressee: 'LettreDestinataire',
  object: 'LettreObjet',
  signatory: 'LettreSignataire',
  attachments: 'LettrePiecesJointes',
  copies: 'LettreCopies',
  members: 'LettreMembres',
  contact: 'LettreContact',
};

const { serif: SERIF, sans: SANS, mono: MONO } = DOCX_FONTS;
/** French for every run: LibreOffice and Word spell-check and hyphenate the text as French. */
const FRENCH = { value: 'fr-FR' };
/** Twentieths of a point. */
const pt = (points: number) => points * 20;

const line = { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 4 };
// Word draws one box around consecutive paragraphs whose borders and indents are the same,
// so the title, details and text of an « À suivre » share exactly this frame.
const box = {
  border: { top: line, bottom: line, left: line, right: line },
  shading: { type: ShadingType.CLEAR, fill: 'F2F2F2', color: 'auto' },
};

const style = (id: string, name: string, options: Omit<IParagraphStyleOptions, 'id' | 'name'>): IParagraphStyleOptions => ({
  id,
  name,
  basedOn: 'Normal',
  next: 'Normal',
  quickFormat: true,
  ...options,
});

const centred = AlignmentType.CENTER;

/**
 * Word's own heading styles (so the navigation pane and an inserted table of contents
 * work, via their outline levels) and named styles for the parts of a compte-rendu.
 */
export const docxStyles: IStylesOptions = {
  default: {
    document: { run: { font: SERIF, size: 22, language: FRENCH }, paragraph: { spacing: { after: pt(4) } } },
  },
  paragraphStyles: [
    style(docxStyle.title, 'Title', {
      run: { font: SANS, size: 30, bold: true, allCaps: true },
      paragraph: { alignment: centred, spacing: { after: pt(4) } },
    }),
    style(docxStyle.heading1, 'heading 1', {
      run: { font: SANS, size: 26, bold: true },
      paragraph: { outlineLevel: 0, keepNext: true, spacing: { before: pt(14), after: pt(6) } },
    }),
    style(docxStyle.heading2, 'heading 2', {
      run: { font: SANS, size: 23, bold: true, underline: {} },
      paragraph: { outlineLevel: 1, keepNext: true, spacing: { before: pt(10), after: pt(4) } },
    }),
    style(docxStyle.collective, 'Collectif', {
      run: { font: SANS, size: 24, bold: true },
      paragraph: { alignment: centred, spacing: { after: pt(12) } },
    }),
    style(docxStyle.placeAndDate, 'Lieu et date', { paragraph: { alignment: AlignmentType.RIGHT } }),
    style(docxStyle.validation, 'Validation', {
      run: { italics: true },
      paragraph: { alignment: AlignmentType.RIGHT, spacing: { after: pt(10) } },
    }),
    style(docxStyle.sommaireTitle, 'TOC Heading', {
      run: { font: SANS, size: 24, bold: true },
      paragraph: { spacing: { before: pt(10), after: pt(4) } },
    }),
    style(docxStyle.sommaireEntry, 'toc 1', { paragraph: { spacing: { after: pt(2) } } }),
    style(docxStyle.speaker, 'Intervenant', {
      run: { bold: true },
      paragraph: { keepNext: true, spacing: { before: pt(8), after: pt(2) } },
    }),
    style(docxStyle.turn, 'Tour de parole', { paragraph: { indent: { left: 340 }, alignment: AlignmentType.JUSTIFIED } }),
    style(docxStyle.actionItem, 'À suivre', { paragraph: { ...box, spacing: { after: 0 } } }),
    style(docxStyle.actionItemTitle, 'À suivre — titre', {
      basedOn: docxStyle.actionItem,
      next: docxStyle.actionItem,
      run: { bold: true },
      paragraph: { keepNext: true },
    }),
    style(docxStyle.actionItemDetails, 'À suivre — détails', {
      basedOn: docxStyle.actionItem,
      next: docxStyle.actionItem,
      run: { italics: true },
      paragraph: { keepNext: true },
    }),
    style(docxStyle.quotation, 'Quote', { run: { italics: true }, paragraph: { indent: { left: 567, right: 567 } } }),
    style(docxStyle.code, 'Code', { run: { font: MONO, size: 19 }, paragraph: { spacing: { after: 0 } } }),
    style(docxStyle.attendance, 'Présences', { paragraph: { spacing: { after: pt(1) } } }),
    style(docxStyle.signature, 'Signature', { run: { italics: true }, paragraph: { spacing: { before: pt(18) } } }),
    // A cover letter: place, date, addressee and signatory on the right, as the collective sets them.
    style(docxLetterStyle.letterhead, 'Lettre — en-tête', { run: { font: SANS, size: 20 }, paragraph: { spacing: { after: pt(24) } } }),
    style(docxLetterStyle.placeAndDate, 'Lettre — lieu et date', { paragraph: { alignment: AlignmentType.RIGHT, spacing: { after: pt(28) } } }),
    style(docxLetterStyle.addressee, 'Lettre — destinataire', { paragraph: { alignment: AlignmentType.RIGHT, spacing: { after: pt(34) } } }),
    style(docxLetterStyle.object, 'Lettre — objet', { paragraph: { spacing: { after: pt(22) } } }),
    style(docxLetterStyle.signatory, 'Lettre — signataire', {
      paragraph: { alignment: AlignmentType.RIGHT, keepLines: true, spacing: { before: pt(34), after: pt(28) } },
    }),
    style(docxLetterStyle.attachments, 'Lettre — pièces jointes', { paragraph: { spacing: { before: pt(12) } } }),
    style(docxLetterStyle.copies, 'Lettre — copies', { paragraph: { spacing: { before: pt(12) } } }),
    style(docxLetterStyle.members, 'Lettre — associations membres', { run: { size: 18 }, paragraph: { spacing: { before: pt(12) } } }),
    style(docxLetterStyle.contact, 'Lettre — contact', { run: { size: 18 }, paragraph: { spacing: { before: pt(12) } } }),
    style(docxStyle.footer, 'footer', { run: { font: SANS, size: 18 }, paragraph: { alignment: centred } }),
  ],
};

/** A list definition: bullets, or numbers from `start` (one definition per start value used). */
export function docxListDefinition(ordered: boolean, start: number): NumberingDefinition {
  return {
    reference: ordered ? `numeros-${start}` : 'puces',
    levels: Array.from({ length: 9 }, (_, level) => ({
      level,
      format: ordered ? LevelFormat.DECIMAL : LevelFormat.BULLET,
      text: ordered ? `%${level + 1}.` : '–',
      start: level === 0 ? start : 1,
      alignment: AlignmentType.START,
      style: { paragraph: { indent: { left: 360 * (level + 1), hanging: 360 } } },
    })),
  };
}
