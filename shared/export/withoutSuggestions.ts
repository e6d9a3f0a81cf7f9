import { checkedBody, type ProseMirrorJSON } from '../schema/bodyContent';
import { baseDocument } from '../suggestions/baseDocument';

type JsonNode = { marks?: Array<{ type: string }>; attrs?: Record<string, unknown>; content?: JsonNode[] };

const hasSuggestion = (node: JsonNode): boolean =>
  (node.attrs?.suggestion ?? null) !== null ||
  (node.marks ?? []).some((mark) => mark.type === 'insertion' || mark.type === 'deletion') ||
  (node.content ?? []).some(hasSuggestion);

/**
 * The body as exports print it: every pending suggestion rejected (proposed words out,
 * words proposed for deletion kept), so minutes never go out with unaccepted changes.
 * A body without suggestions, the common case, is returned as it is.
 */
export function withoutSuggestions(body: ProseMirrorJSON): ProseMirrorJSON {
  if (!hasSuggestion(body as JsonNode)) return body;
  return baseDocument(checkedBody(body)).toJSON() as ProseMirrorJSON;
}
