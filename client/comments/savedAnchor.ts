import type { EditorState } from '@tiptap/pm/state';
import {
  absolutePositionToRelativePosition,
  relativePositionToAbsolutePosition,
  ySyncPluginKey,
} from '@tiptap/y-tiptap';
import * as Y from 'yjs';
import type { SavedAnchor } from '../offline/commentQueue';
import type { PendingRange } from './pendingRange';

/** What the Yjs binding keeps in its plugin state (y-tiptap does not type it). */
interface SyncBinding {
  doc: Y.Doc;
  type: Y.XmlFragment;
  mapping: Parameters<typeof absolutePositionToRelativePosition>[2];
}

function bindingOf(state: EditorState): SyncBinding | null {
  const pluginState = ySyncPluginKey.getState(state) as { binding?: SyncBinding | null } | undefined;
  return pluginState?.binding ?? null;
}

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
  return {
    quote,
    resolve(doc) {
      if (!binding) return null;
      const from = relativePositionToAbsolutePosition(binding.doc, binding.type, start, binding.mapping);
      const to = relativePositionToAbsolutePosition(binding.doc, binding.type, end, binding.mapping);
      if (from === null || to === null || to <= from || to > doc.content.size) return null;
      return { from, to };
    },
  };
}
