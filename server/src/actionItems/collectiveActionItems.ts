import type { ActionItemView, ActionItemsQuery } from '../../../shared/api/actionItems';
import { foldText } from '../search/searchTerms';
import { inMeetingOrder } from '../series/seriesDocuments';
import type { ReadableScope } from '../search/searchIndex';
import type { ActionItemCopy, ActionItemIndex } from './actionItemIndex';
import { isOverdue, parisDay } from './overdue';

const sameName = (a: string, b: string) => foldText(a).trim() === foldText(b).trim();

/**
 * Each item once (SPEC T1): of the copies the caller may read, the one in the latest minutes
 * of the series (meeting order, as carry-over reads it, M9) decides its text and state.
 */
function latestReadableCopies(copies: readonly ActionItemCopy[]): ActionItemCopy[] {
  const documents = new Map(copies.map((copy) => [copy.document.id, copy.document]));
  const rank = new Map(inMeetingOrder([...documents.values()]).map((document, index) => [document.id, index]));
  const later = (a: ActionItemCopy, b: ActionItemCopy) => (rank.get(a.document.id) ?? 0) > (rank.get(b.document.id) ?? 0);
  const latest = new Map<string, ActionItemCopy>();
  for (const copy of copies) {
    const current = latest.get(copy.item.identity);
    if (!current || later(copy, current)) latest.set(copy.item.identity, copy);
  }
  return [...latest.values()];
}

const dueRank = (item: ActionItemView) => (/^\d{4}-\d{2}-\d{2}$/.test(item.due) ? item.due : '\uffff');

const SORTS: Record<ActionItemsQuery['sort'], (a: ActionItemView, b: ActionItemView) => number> = {
  due: (a, b) => dueRank(a).localeCompare(dueRank(b)),
  meeting: (a, b) => (b.origin.meetingDate ?? '').localeCompare(a.origin.meetingDate ?? ''),
  status: (a, b) => Number(a.status === 'done') - Number(b.status === 'done') || dueRank(a).localeCompare(dueRank(b)),
};

/**
 * The « À suivre » of every compte-rendu in `scope`, filtered and sorted, the caller's
 * association's items first (« nos points à suivre »). Only readable documents are read out
 * of the index (R18): an origin the caller may not read is named by its id only.
 */
export async function collectiveActionItems(
  index: ActionItemIndex,
  scope: ReadableScope,
  query: ActionItemsQuery,
  context: { association: string | null; now: Date },
): Promise<ActionItemView[]> {
  const [copies, documents] = await Promise.all([index.copies(scope), index.documents(scope)]);
  const today = parisDay(context.now);
  const items = latestReadableCopies(copies).map(({ item, document }): ActionItemView => {
    const origin = documents.get(item.originDocument);
    return {
      id: item.id,
      text: item.text,
      owners: item.owners,
      due: item.due,
      status: item.status,
      overdue: isOverdue(item, today),
      documentId: document.id,
      document: {
        documentId: document.id,
        title: document.title,
        meetingDate: document.meetingDate,
        seriesId: document.seriesId,
        validated: document.status === 'validated',
      },
      origin: { documentId: item.originDocument, title: origin?.title ?? null, meetingDate: origin?.meetingDate ?? null },
      ours: context.association !== null && item.owners.some((owner) => sameName(owner, context.association ?? '')),
    };
  });
  const writtenOn = (item: ActionItemView) => item.origin.meetingDate ?? item.document.meetingDate;
  return items
    .filter((item) => query.status === 'all' || item.status === query.status)
    .filter((item) => query.overdue === undefined || item.overdue === (query.overdue === '1'))
    .filter((item) => query.association === undefined || item.owners.some((owner) => sameName(owner, query.association ?? '')))
    .filter((item) => query.series === undefined || item.document.seriesId === query.series)
    .filter((item) => query.from === undefined || (writtenOn(item) ?? '') >= query.from)
    .filter((item) => query.to === undefined || (writtenOn(item) ?? '\uffff') <= query.to)
    .sort((a, b) => Number(b.ours) - Number(a.ours) || SORTS[query.sort](a, b) || a.text.localeCompare(b.text, 'fr'));
}
