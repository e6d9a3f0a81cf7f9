import type { Participant } from '../model/participants';
import type { ProseMirrorJSON } from '../schema/bodyContent';

/**
 * What an import recognised and what it was unsure of: shown to the secretariat after an
 * import, so that it checks the passages listed rather than the whole compte-rendu.
 */
export type ImportFormat = 'text' | 'markdown' | 'docx' | 'odt' | 'html';

export interface UnsurePassage {
  /** A line of the file (text, Markdown) or a paragraph (Word, OpenDocument, HTML), from 1; 0 for the document as a whole. */
  position: number;
  text: string;
  /** Why, in French, for the UI. */
  reason: string;
}

export interface RecognisedCounts {
  /** Roman-numbered sections (level 2 headings). */
  sections: number;
  subsections: number;
  speakerTurns: number;
  actionItems: number;
  measureRefs: number;
  /** Participant organisations, whatever their attendance. */
  participants: number;
  people: number;
  /** Entries of the annexes and of the next meetings. */
  annexes: number;
  nextMeetings: number;
  paragraphs: number;
  lists: number;
}

/** How the UI and the CLI name each count. */
export const recognisedLabels: Record<keyof RecognisedCounts, string> = {
  sections: 'Sections',
  subsections: 'Sous-titres',
  speakerTurns: 'Tours de parole',
  actionItems: 'Encadrés « À suivre »',
  measureRefs: 'Références à des mesures',
  participants: 'Organisations (participants)',
  people: 'Personnes',
  annexes: 'Annexes',
  nextMeetings: 'Prochaines réunions',
  paragraphs: 'Paragraphes',
  lists: 'Listes',
};

export interface RemovedCounts {
  sommaireEntries: number;
  pageNumbers: number;
  footerUrls: number;
  runningHeaders: number;
  strayMarks: number;
  /** Words cut by a hyphen at a line end and joined back. */
  dehyphenated: number;
}

export interface ImportReport {
  format: ImportFormat;
  /** What `position` counts in `unsure`. */
  positionUnit: 'line' | 'paragraph';
  recognised: RecognisedCounts;
  removed: RemovedCounts;
  /** Header lines read: the validation statement has no field (carried over by hand); `writtenOn` is also in `meta`. */
  header: { validation?: string; writtenOn?: string };
  /** False when nothing of a compte-rendu was found (a letter, a random file): the server refuses it. */
  looksLikeMinutes: boolean;
  unsure: UnsurePassage[];
}

export const NO_REMOVALS: RemovedCounts = { sommaireEntries: 0, pageNumbers: 0, footerUrls: 0, runningHeaders: 0, strayMarks: 0, dehyphenated: 0 };

type Node = ProseMirrorJSON & { content?: Node[]; attrs?: Record<string, unknown> };

function walk(node: Node, visit: (node: Node, parent: Node | undefined) => void, parent?: Node): void {
  visit(node, parent);
  for (const child of node.content ?? []) walk(child, visit, node);
}

/** Counts what the document holds, from the document itself. */
export function countRecognised(content: ProseMirrorJSON, participants: Participant[]): RecognisedCounts {
  const counts: RecognisedCounts = {
    sections: 0, subsections: 0, speakerTurns: 0, actionItems: 0, measureRefs: 0,
    participants: participants.length, people: participants.reduce((sum, p) => sum + p.people.length, 0),
    annexes: 0, nextMeetings: 0, paragraphs: 0, lists: 0,
  };
  for (const section of (content as Node).content ?? []) {
    if (section.type !== 'markedSection') continue;
    const entries = (section.content ?? []).reduce(
      (sum, block) => sum + (block.type === 'bulletList' || block.type === 'orderedList' ? (block.content?.length ?? 0) : 1),
      0,
    );
    if (section.attrs?.kind === 'annexes') counts.annexes += entries;
    else counts.nextMeetings += entries;
  }
  walk(content as Node, (node, parent) => {
    if (node.type === 'heading') counts[node.attrs?.level === 2 ? 'sections' : 'subsections']++;
    if (node.type === 'speakerTurn') counts.speakerTurns++;
    if (node.type === 'actionItem') counts.actionItems++;
    if (node.type === 'measureRef') counts.measureRefs++;
    if (node.type === 'bulletList' || node.type === 'orderedList') counts.lists++;
    if (node.type === 'paragraph' && parent?.type !== 'listItem') counts.paragraphs++;
  });
  return counts;
}

/** A passage quoted in the report: long enough to find it, short enough to show. */
export const quote = (text: string): string => (text.length > 160 ? `${text.slice(0, 157)}…` : text);
