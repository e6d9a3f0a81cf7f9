import type { FoundActionItem } from './actionItemsOf';
import { actionItemsOf, itemIdentity } from './actionItemsOf';
import { carriedText } from './carriedText';
import { type SeriesDocument, inMeetingOrder } from './seriesDocuments';

/** The latest copy of an item in a series, with the document that shows it. */
export interface LatestCopy {
  identity: string;
  item: FoundActionItem;
  document: SeriesDocument;
  /** The document where the item was first written. */
  originDocument: string;
}

/**
 * Each item of the series once, as the latest document (in meeting order) that shows it has
 * it: that copy says whether it is still open (M9).
 */
export function latestCopies(documents: readonly SeriesDocument[]): LatestCopy[] {
  const latest = new Map<string, LatestCopy>();
  for (const document of inMeetingOrder(documents)) {
    for (const item of actionItemsOf(document.content)) {
      const identity = itemIdentity(document.id, item);
      // Deleting and re-inserting keeps first-seen order, so the carried list follows the minutes.
      latest.delete(identity);
      latest.set(identity, { identity, item, document, originDocument: item.originDocument ?? document.id });
    }
  }
  return [...latest.values()];
}

/** The items still open in the series: not done in the latest document that shows them. */
export const openItems = (documents: readonly SeriesDocument[]): LatestCopy[] =>
  latestCopies(documents).filter((copy) => copy.item.status === 'open');

/**
 * The « À suivre » box written into the next minutes for an open item: its text, owners and
 * due date as the latest copy has them, the same id, and the origin of the first copy, so
 * that preparing again never makes a second item (M9).
 */
export function carriedCopy(copy: LatestCopy): { type: 'actionItem'; attrs: Record<string, unknown>; content: unknown[] } {
  const { item } = copy;
  return {
    type: 'actionItem',
    attrs: {
      id: item.id,
      owners: item.owners,
      due: item.due,
      status: 'open',
      originDocument: copy.originDocument,
      originItem: item.originItem ?? item.id,
    },
    content: item.content.length > 0 ? carriedText(item.content) : [{ type: 'paragraph' }],
  };
}

/** How an item of one document stands in the later minutes of its series. */
export interface CarriedItemState {
  id: string;
  status: 'open' | 'done';
  /** The later compte-rendu whose copy of the item is done, if one is. */
  closedIn: { documentId: string; meetingDate: string | null } | null;
}

/**
 * The state of each item of `documentId` as the series now has it (M9): an item closed in
 * later minutes reads closed here too. Derived on read, so the older document, validated
 * perhaps, is never written to (W4).
 */
export function carriedItemStates(documentId: string, documents: readonly SeriesDocument[]): CarriedItemState[] {
  const document = documents.find((candidate) => candidate.id === documentId);
  if (!document) return [];
  const latest = new Map(latestCopies(documents).map((copy) => [copy.identity, copy]));
  return actionItemsOf(document.content).map((item) => {
    const copy = latest.get(itemIdentity(documentId, item));
    const done = copy?.item.status === 'done';
    const elsewhere = done && copy.document.id !== documentId;
    return {
      id: item.id,
      status: done ? 'done' : item.status,
      closedIn: elsewhere ? { documentId: copy.document.id, meetingDate: copy.document.meetingDate } : null,
    };
  });
}
