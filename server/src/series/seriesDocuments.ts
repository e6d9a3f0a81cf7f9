import type { ProseMirrorJSON } from '../../../shared/schema/bodyContent';

/** A compte-rendu of a series as the carry-over reads it: its body, and when its meeting was. */
export interface SeriesDocument {
  id: string;
  meetingDate: string | null;
  createdAt: string;
  content: ProseMirrorJSON;
}

/**
 * The series in the order of its meetings: by meeting date, a document without one at the
 * date it was created, then by creation (two documents of one day).
 */
export function inMeetingOrder<T extends Omit<SeriesDocument, 'content'>>(documents: readonly T[]): T[] {
  const day = (document: T) => document.meetingDate ?? document.createdAt.slice(0, 10);
  return [...documents].sort((a, b) => day(a).localeCompare(day(b)) || a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
}
