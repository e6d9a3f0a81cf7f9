import type { ProseMirrorJSON } from '../../../shared/schema/bodyContent';
import { minutesLink } from '../../../shared/schema/valueRules';
import { ADOPTION_HEADING_START } from './nextMinutesRequest';
import { type SeriesDocument, inMeetingOrder } from './seriesDocuments';

type JsonNode = { type?: unknown; attrs?: Record<string, unknown>; content?: unknown; text?: unknown; marks?: unknown };

const textOf = (node: JsonNode): string =>
  typeof node.text === 'string' ? node.text : Array.isArray(node.content) ? node.content.map((child) => textOf(child as JsonNode)).join('') : '';

const linksIn = (node: JsonNode): string[] => [
  ...(Array.isArray(node.marks) ? node.marks : [])
    .map((mark) => (mark as { attrs?: { href?: unknown } }).attrs?.href)
    .filter((href): href is string => typeof href === 'string'),
  ...(Array.isArray(node.content) ? node.content.flatMap((child) => linksIn(child as JsonNode)) : []),
];

/** The documents the « Adoption du compte-rendu … » section of a body links to. */
function adoptedBy(body: ProseMirrorJSON): Set<string> {
  const blocks = (Array.isArray(body.content) ? body.content : []) as JsonNode[];
  const adopted = new Set<string>();
  blocks.forEach((block, index) => {
    if (block.type !== 'heading' || !textOf(block).startsWith(ADOPTION_HEADING_START)) return;
    // The section runs to the next heading of any level.
    for (const following of blocks.slice(index + 1)) {
      if (following.type === 'heading') break;
      for (const href of linksIn(following)) adopted.add(href);
    }
  });
  return adopted;
}

/**
 * The validated minutes that adopted `documentId` (« Adopté lors de la réunion du … »): the
 * first, in meeting order, whose adoption section links to it. Derived on read, like M9's
 * states, so the adopted document is never written to (W4).
 */
export function adoptionOf(
  documentId: string,
  documents: ReadonlyArray<SeriesDocument & { status: string }>,
): { documentId: string; meetingDate: string | null } | null {
  const link = minutesLink(documentId);
  const adopting = inMeetingOrder(documents).find(
    (document) => document.id !== documentId && document.status === 'validated' && adoptedBy(document.content).has(link),
  );
  return adopting ? { documentId: adopting.id, meetingDate: adopting.meetingDate } : null;
}
