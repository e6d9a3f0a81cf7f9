import type { CommentThread } from '../api/comments';
import { commentFootnote } from './commentFootnote';

type JsonMark = { type: string; attrs?: Record<string, unknown> };
type JsonNode = { type?: string; marks?: JsonMark[]; content?: JsonNode[] };

/**
 * Where each thread's footnote goes: after the last inline node its `comment` mark covers
 * (the end of the commented text, wherever edits have split or joined it), keyed by that
 * node. A thread whose anchor is no longer in this body (its text was deleted, or sits in
 * a part the profile drops) has no place and is left out.
 */
export function commentNotesByNode(body: object, threads: CommentThread[]): Map<object, string[]> {
  const wanted = new Map(threads.map((thread) => [thread.id, thread]));
  const lastNode = new Map<string, JsonNode>();
  const visit = (node: JsonNode) => {
    for (const mark of node.marks ?? []) {
      const threadId = mark.type === 'comment' ? mark.attrs?.threadId : undefined;
      // Map insertion order stays that of each anchor's first appearance.
      if (typeof threadId === 'string' && wanted.has(threadId)) lastNode.set(threadId, node);
    }
    node.content?.forEach(visit);
  };
  visit(body as JsonNode);

  const notes = new Map<object, string[]>();
  for (const [threadId, node] of lastNode) {
    const note = commentFootnote(wanted.get(threadId) as CommentThread);
    if (!note) continue;
    notes.set(node, [...(notes.get(node) ?? []), note]);
  }
  return notes;
}
