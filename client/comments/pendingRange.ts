import type { Node as PMNode } from '@tiptap/pm/model';
import type { EditorState } from '@tiptap/pm/state';
import {
  absolutePositionToRelativePosition,
  relativePositionToAbsolutePosition,
  ySyncPluginKey,
} from '@tiptap/y-tiptap';
import type * as Y from 'yjs';

/** What the Yjs binding keeps in its plugin state (y-tiptap does not type it). */
export interface SyncBinding {
  doc: Y.Doc;
  type: Y.XmlFragment;
  mapping: Parameters<typeof absolutePositionToRelativePosition>[2];
}

/**
 * A selection that waits while its comment is written and sent, then is found again in the
 * document as it is by then. Colleagues' edits reach the editor as one replacement of the whole
 * body, which ProseMirror's own position mapping cannot see through, so the range is held as
 * Yjs relative positions, which follow the characters themselves.
 */
export interface PendingRange {
  /** The commented text, as it read when the comment was started. */
  quote: string;
  /**
   * Where the range is in `doc`, the editor's document now or the one a transaction of the
   * Yjs binding is making; null when its text was deleted meanwhile.
   */
  resolve(doc: PMNode): { from: number; to: number } | null;
}

export function bindingOf(state: EditorState): SyncBinding | null {
  const pluginState = ySyncPluginKey.getState(state) as { binding?: SyncBinding | null } | undefined;
  return pluginState?.binding ?? null;
}

export function rememberRange(state: EditorState, from: number, to: number, maxQuote: number): PendingRange {
  const text = state.doc.textBetween(from, to, ' ', ' ').replace(/\s+/g, ' ').trim();
  const quote = text.length > maxQuote ? `${text.slice(0, maxQuote - 1)}…` : text;
  const binding = bindingOf(state);
  if (!binding) {
    // Without collaboration (never in the app), nothing else edits the document meanwhile.
    return { quote, resolve: (doc) => (to <= doc.content.size ? { from, to } : null) };
  }
  const start = absolutePositionToRelativePosition(from, binding.type, binding.mapping);
  const end = absolutePositionToRelativePosition(to, binding.type, binding.mapping);
  return {
    quote,
    // The binding lives as long as the editor and keeps its node mapping up to date.
    resolve: (doc) => resolveRange(binding, start, end, doc),
  };
}

/** Where two relative positions are in `doc` now; null when the text between them is gone. */
export function resolveRange(
  binding: SyncBinding,
  start: Y.RelativePosition,
  end: Y.RelativePosition,
  doc: PMNode,
): { from: number; to: number } | null {
  const from = relativePositionToAbsolutePosition(binding.doc, binding.type, start, binding.mapping);
  const to = relativePositionToAbsolutePosition(binding.doc, binding.type, end, binding.mapping);
  if (from === null || to === null || to <= from || to > doc.content.size) return null;
  return { from, to };
}
