import type { DocumentStatus } from '../storage/documentStore';
import type { ActionItemCopy } from './actionItemIndex';

/** A row of `action_item_documents`, as both indexes select it. */
export interface ActionItemDocumentRow {
  document_id: string;
  collective_id: string;
  series_id: string;
  title: string;
  meeting_date: string | null;
  created_at: string;
  status: DocumentStatus;
}

/** A row of `action_item_rows` joined to its document; `owners` is stored as JSON text. */
export interface ActionItemCopyRow extends ActionItemDocumentRow {
  item_id: string;
  identity: string;
  origin_document: string;
  text: string;
  owners: string;
  due: string;
  item_status: 'open' | 'done';
}

export const indexedDocumentOf = (row: ActionItemDocumentRow): ActionItemCopy['document'] => ({
  id: row.document_id,
  collectiveId: row.collective_id,
  seriesId: row.series_id,
  title: row.title,
  meetingDate: row.meeting_date,
  createdAt: row.created_at,
  status: row.status,
});

export const copyOf = (row: ActionItemCopyRow): ActionItemCopy => ({
  document: indexedDocumentOf(row),
  item: {
    id: row.item_id,
    identity: row.identity,
    originDocument: row.origin_document,
    text: row.text,
    owners: JSON.parse(row.owners) as string[],
    due: row.due,
    status: row.item_status,
  },
});
