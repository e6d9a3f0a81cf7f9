/**
 * A compte-rendu laid out for export: the header lines are worded, the sections numbered,
 * the speakers and measures labelled, the profile applied and every text cleaned and set in
 * French typography (frenchTypography: no-break spaces, ’). Each renderer only translates
 * this into its format, so all formats say the same thing.
 */

export interface TextInline {
  kind: 'text';
  text: string;
  bold?: boolean;
  italic?: boolean;
  strike?: boolean;
  underline?: boolean;
  code?: boolean;
  /** A safe link target (see safeHref). */
  href?: string;
}

/** « mesure 22 », with the measure's title as a footnote when the registry knows it. */
export interface MeasureInline {
  kind: 'measure';
  label: string;
  note?: string;
}

/** A footnote call with no text of its own, after the words it is about: a comment thread. */
export interface NoteInline {
  kind: 'note';
  note: string;
}

export type Inline = TextInline | MeasureInline | NoteInline | { kind: 'break' };

export interface SpeakerLabel {
  /** The organisation, or the function or person when no organisation is named. */
  name: string;
  /** The person and function, when they add to `name`. */
  detail?: string;
}

/**
 * The parts of a letter around its body, in the order it prints them; each writer gives each
 * part a named style (place, date, addressee and signatory on the right, as the collective's letters).
 */
export type LetterPart =
  | 'letterhead'
  | 'placeAndDate'
  | 'addressee'
  | 'object'
  | 'signatory'
  | 'attachments'
  | 'copies'
  | 'members'
  | 'contact';

export type Block =
  /** Level 2 headings are the numbered sections, level 3 their sub-headings. */
  | { kind: 'heading'; level: 2 | 3; number?: string; inlines: Inline[] }
  | { kind: 'paragraph'; inlines: Inline[] }
  | { kind: 'speakerTurn'; speaker?: SpeakerLabel; paragraphs: Inline[][] }
  /** `details`: « Responsables : … — Échéance : … — Fait ». */
  | { kind: 'actionItem'; details?: string; paragraphs: Inline[][] }
  | { kind: 'markedSection'; title: string; blocks: Block[] }
  | { kind: 'list'; ordered: boolean; start: number; items: Block[][] }
  | { kind: 'blockquote'; blocks: Block[] }
  | { kind: 'code'; lines: string[] }
  | { kind: 'rule' }
  /** One paragraph of a letter: its lines separated by line breaks. */
  | { kind: 'letterPart'; part: LetterPart; lines: Inline[][] };

export interface AttendanceGroup {
  /** « Participants à la réunion du 22 novembre 2013 », « Absents excusés », … */
  title: string;
  /** « Amicale du Nid, Hélène De Rugy », one line per person. */
  lines: string[];
}

export interface ExportDocument {
  /**
   * `letter`: a cover letter (« Lettre d’envoi »), all of it in `blocks`: the writers print no
   * title, collective, sommaire nor attendance of their own.
   */
  layout?: 'letter';
  title: string;
  collective?: string;
  /** « Paris, le 26 novembre 2013 » */
  placeAndDate?: string;
  /** « Validé lors de la réunion du Collectif du 17 février 2014 » */
  validation?: string;
  /** « Version validée : sha256 9f86d0… » (the whole hash), in the internal version of validated minutes only. */
  validatedVersion?: string;
  sommaire: Array<{ number: string; title: string }>;
  blocks: Block[];
  attendance: AttendanceGroup[];
  /** « Compte-rendu réalisé par … » */
  signature?: string;
  /** For the files' own metadata (document properties). */
  properties: { title: string; subject?: string; author?: string; meetingDate?: string };
}

/** The title used for « À suivre » boxes in every format. */
export const ACTION_ITEM_TITLE = 'À suivre';
export const SOMMAIRE_TITLE = 'Sommaire';

/** « I- Actualités … », as the collective numbers its sections. */
export const numberedTitle = (number: string | undefined, title: string): string =>
  number ? `${number}- ${title}` : title;

/** What closes a speaker's label, with the no-break space French wants before « : ». */
export const SPEAKER_LABEL_END = '\u00A0:';

/** « Mouvement du Nid (Pierre Albert) » */
export const speakerText = ({ name, detail }: SpeakerLabel): string => (detail ? `${name} (${detail})` : name);

const inlineText = (inline: Inline): string => {
  switch (inline.kind) {
    case 'text':
      return inline.text;
    case 'measure':
      return inline.label;
    case 'note':
      return '';
    case 'break':
      return ' ';
  }
};

/** The text of some inlines, without formatting; a measure reads as its label. */
export const plainText = (inlines: Inline[]): string => inlines.map(inlineText).join('');
