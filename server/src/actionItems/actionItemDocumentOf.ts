import * as Y from 'yjs';
import { readMeta } from '../../../shared/model/meta';
import { readBodyContent } from '../../../shared/schema/bodyContent';
import { type MeasureRefAttributes, measureRefLabel } from '../../../shared/schema/measureRef';
import { actionItemsOf, itemIdentity } from '../series/actionItemsOf';
import type { DocumentRecord } from '../storage/documentStore';
import type { ActionItemDocument } from './actionItemIndex';

type Node = { type?: unknown; text?: unknown; attrs?: unknown; content?: unknown };

/** The plain text of the box's paragraphs, one space between blocks so words never run together. */
function plainText(nodes: readonly unknown[]): string {
  const textOf = (node: Node): string => {
    if (node.type === 'text') return typeof node.text === 'string' ? node.text : '';
    if (node.type === 'measureRef') return ` ${measureRefLabel(node.attrs as MeasureRefAttributes)} `;
    if (node.type === 'hardBreak') return ' ';
    const children = Array.isArray(node.content) ? (node.content as Node[]) : [];
    return children.map(textOf).join(children.some((child) => child.type === 'text') ? '' : ' ');
  };
  return nodes
    .map((node) => textOf(node as Node))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** What the index keeps of a document: its record's place (series, status) and the boxes of its text. */
export function actionItemDocumentOf(record: DocumentRecord, doc: Y.Doc): ActionItemDocument {
  const meta = readMeta(doc);
  return {
    id: record.id,
    collectiveId: record.collectiveId,
    seriesId: record.seriesId,
    title: meta.title || record.title,
    meetingDate: meta.meetingDate ?? record.meetingDate,
    createdAt: record.createdAt,
    status: record.status,
    items: actionItemsOf(readBodyContent(doc)).map((item) => ({
      id: item.id,
      identity: itemIdentity(record.id, item),
      originDocument: item.originDocument ?? record.id,
      text: plainText(item.content),
      owners: item.owners,
      due: item.due,
      status: item.status,
    })),
  };
}

/** The same, from a document's stored updates (one that does not apply is left out, as the relay would). */
export function actionItemDocumentOfUpdates(record: DocumentRecord, updates: ReadonlyArray<Uint8Array | null>): ActionItemDocument {
  const doc = new Y.Doc({ gc: false });
  try {
    for (const update of updates) {
      if (!update) continue;
      try {
        Y.applyUpdate(doc, update);
      } catch {
        // The relay sets such an update aside when the document is next opened (R26).
      }
    }
    return actionItemDocumentOf(record, doc);
  } finally {
    doc.destroy();
  }
}
