import type { ActionItemStatus } from '../../../shared/schema/actionItem';
import type { ProseMirrorJSON } from '../../../shared/schema/bodyContent';

type JsonNode = { type?: unknown; attrs?: Record<string, unknown>; content?: unknown };

/** One « À suivre » box of a document, as its JSON reads. */
export interface FoundActionItem {
  id: string;
  owners: string[];
  due: string;
  status: ActionItemStatus;
  originDocument: string | null;
  originItem: string | null;
  /** The box's paragraphs, copied as they are. */
  content: unknown[];
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const textOrNull = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);

/** Every « À suivre » with an id in a body, in document order (one without an id cannot be followed). */
export function actionItemsOf(body: ProseMirrorJSON): FoundActionItem[] {
  const found: FoundActionItem[] = [];
  const visit = (node: JsonNode) => {
    if (node.type === 'actionItem') {
      const attrs = node.attrs ?? {};
      const id = textOrNull(attrs.id);
      if (id) {
        found.push({
          id,
          owners: Array.isArray(attrs.owners) ? attrs.owners.filter((owner): owner is string => typeof owner === 'string') : [],
          due: text(attrs.due),
          status: attrs.status === 'done' ? 'done' : 'open',
          originDocument: textOrNull(attrs.originDocument),
          originItem: textOrNull(attrs.originItem),
          content: Array.isArray(node.content) ? node.content : [],
        });
      }
    }
    if (Array.isArray(node.content)) for (const child of node.content) visit(child as JsonNode);
  };
  visit(body as JsonNode);
  return found;
}

/**
 * The identity of an item across the series (M9): the document it was first written in and
 * its id there. A copy carried into later minutes has the same identity as its origin.
 */
export const itemIdentity = (documentId: string, item: Pick<FoundActionItem, 'id' | 'originDocument' | 'originItem'>): string =>
  `${item.originDocument ?? documentId}#${item.originItem ?? item.id}`;
