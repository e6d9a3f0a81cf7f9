import { findFrenchDate } from '../../../shared/import/recognise/frenchDate';
import type { ProseMirrorJSON } from '../../../shared/schema/bodyContent';

type JsonNode = { type?: unknown; attrs?: Record<string, unknown>; content?: unknown; text?: unknown };

/** The next meeting as the « Prochaines réunions » section announces it. */
export interface AnnouncedMeeting {
  meetingDate?: string;
  place?: string;
}

const textOf = (node: JsonNode): string =>
  typeof node.text === 'string' ? node.text : Array.isArray(node.content) ? node.content.map((child) => textOf(child as JsonNode)).join('') : '';

/** The paragraphs (and headings) of a node, each as one text. */
function paragraphsOf(node: JsonNode): string[] {
  if (node.type === 'paragraph' || node.type === 'heading') return [textOf(node)];
  return Array.isArray(node.content) ? node.content.flatMap((child) => paragraphsOf(child as JsonNode)) : [];
}

/**
 * « au Secours Catholique, 106 rue du Bac, 75007 Paris » after the date: what follows « au »,
 * « à la », « chez »… up to the end of the sentence. « à 12h30 » is a time, not a place.
 */
const PLACE = /(?:^|\s)(?:(?:au|aux|à la|chez|à)\s+|à l[’'])(?=[^\s\d])([^.;]+)/u;
const MAX_PLACE = 200;

/**
 * The date and place of the next meeting, read from the first line of the « Prochaines
 * réunions » section that names a date after `after` (the meeting just held). What it does
 * not name is left out: the person preparing the minutes is asked for it.
 */
export function announcedMeeting(body: ProseMirrorJSON, after: string | null): AnnouncedMeeting {
  const sections: JsonNode[] = [];
  const collect = (node: JsonNode) => {
    if (node.type === 'markedSection' && node.attrs?.kind === 'nextMeetings') sections.push(node);
    else if (Array.isArray(node.content)) for (const child of node.content) collect(child as JsonNode);
  };
  collect(body as JsonNode);
  for (const line of sections.flatMap(paragraphsOf)) {
    const meetingDate = findFrenchDate(line);
    if (!meetingDate || (after && meetingDate <= after)) continue;
    const afterDate = line.slice(dateEnd(line));
    const place = PLACE.exec(afterDate)?.[1]?.trim().replace(/[,\s]+$/u, '');
    return { meetingDate, ...(place ? { place: place.slice(0, MAX_PLACE) } : {}) };
  }
  return {};
}

/** Where the written date ends in `line` (« 31 janvier 2014 »): the place comes after it. */
function dateEnd(line: string): number {
  const year = /\b\d{4}\b/u.exec(line);
  return year ? year.index + year[0].length : 0;
}
