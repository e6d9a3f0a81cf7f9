import type { EditorState } from '@tiptap/pm/state';
import { absolutePositionToRelativePosition } from '@tiptap/y-tiptap';
import * as Y from 'yjs';
import type { SavedAnchor } from '../offline/commentQueue';
import { type PendingRange, bindingOf, resolveRange } from './pendingRange';

/**
 * The commented range of a comment queued offline, in a form that survives the browser
 * closing (JSON Yjs relative positions); null without collaboration (never in the app).
 */
export function saveAnchor(state: EditorState, from: number, to: number): SavedAnchor | null {
  const binding = bindingOf(state);
  if (!binding) return null;
  const relative = (pos: number) =>
    Y.relativePositionToJSON(absolutePositionToRelativePosition(pos, binding.type, binding.mapping)) as unknown;
  return { start: relative(from), end: relative(to) };
}

/** The saved range found again in the document as it is now (null when its text is gone). */
export function savedRange(state: EditorState, quote: string, anchor: SavedAnchor): PendingRange {
  const binding = bindingOf(state);
  const start = Y.createRelativePositionFromJSON(anchor.start);
  const end = Y.createRelativePositionFromJSON(anchor.end);
  return { quote, resolve: (doc) => (binding ? resolveRange(binding, start, end, doc) : null) };
}
