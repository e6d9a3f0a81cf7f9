import type { SearchResult } from '../../../shared/api/search';
import type { DocumentStatus } from '../storage/documentStore';
import { excerptParts, withoutMatchMarkers } from './excerptParts';

/** The columns of a found passage and its document that both indexes select. */
export interface PassageRow {
  document_id: string;
  title: string;
  meeting_date: string | null;
  status: DocumentStatus;
  kind: SearchResult['kind'];
  block_id: string | null;
  section: string | null;
  organisation: string | null;
  person: string | null;
}

/** `excerpt` carries the match markers: SQLite's snippet() puts them in, PostgreSQL's are put in here (markedExcerpt). */
export const searchResultOf = (row: PassageRow, excerpt: string): SearchResult => ({
  documentId: row.document_id,
  title: row.title,
  meetingDate: row.meeting_date,
  status: row.status,
  kind: row.kind,
  blockId: row.block_id,
  section: row.section,
  organisation: row.organisation,
  person: row.person,
  excerpt: withoutMatchMarkers(excerpt),
  excerptParts: excerptParts(excerpt),
});
