import type { MeasureCitationView } from '../../../shared/api/measureIndex';
import type { DocumentStatus } from '../storage/documentStore';

/** A citation and its document as both indexes select them, `linked` as a boolean (SQLite's 0/1 is converted before). */
export interface CitationRow {
  document_id: string;
  title: string;
  meeting_date: string | null;
  status: DocumentStatus;
  block_id: string;
  section: string | null;
  organisation: string | null;
  person: string | null;
  excerpt: string;
  item: string;
  linked: boolean;
  phrase: string | null;
}

export const citationViewOf = (row: CitationRow): MeasureCitationView => ({
  documentId: row.document_id,
  title: row.title,
  meetingDate: row.meeting_date,
  validated: row.status === 'validated',
  blockId: row.block_id,
  section: row.section,
  organisation: row.organisation,
  person: row.person,
  excerpt: row.excerpt,
  item: row.item,
  linked: row.linked,
  phrase: row.phrase,
});
