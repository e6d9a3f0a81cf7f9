import { Extension } from '@tiptap/core';
import { Plugin, PluginKey, TextSelection, type EditorState, type Transaction } from '@tiptap/pm/state';
import { relativePositionToAbsolutePosition, ySyncPluginKey } from '@tiptap/y-tiptap';
import * as Y from 'yjs';

/** What the Yjs binding keeps in its plugin state (y-tiptap does not type it). */
interface SyncBinding {
  doc: Y.Doc;
  type: Y.XmlFragment;
  mapping: Parameters<typeof relativePositionToAbsolutePosition>[3];
  /** The local selection as Yjs relative positions, taken before the remote change was applied. */
  beforeTransactionSelection: { type: unknown; anchor: unknown; head: unknown } | null;
}

/**
 * Where a relative position of the selection is now, when Yjs knows exactly: it points into
 * a text that still exists, so it follows the very characters it was next to.
 */
function exactPosition(binding: SyncBinding, relative: unknown): number | null {
  if (!relative) return null;
  const decoded = Y.createAbsolutePositionFromRelativePosition(relative as Y.RelativePosition, binding.doc);
  if (!decoded || !(decoded.type instanceof Y.XmlText) || decoded.type._item?.deleted) return null;
  return relativePositionToAbsolutePosition(binding.doc, binding.type, relative, binding.mapping);
}

function caretAfterRemoteEdit(transactions: readonly Transaction[], state: EditorState): Transaction | null {
  const remote = transactions.some((tr) => tr.docChanged && (tr.getMeta(ySyncPluginKey) as { isChangeOrigin?: boolean } | undefined)?.isChangeOrigin);
  if (!remote || !(state.selection instanceof TextSelection)) return null;
  const binding = (ySyncPluginKey.getState(state) as { binding?: SyncBinding | null } | undefined)?.binding;
  const before = binding?.beforeTransactionSelection;
  if (!binding || !before || before.type !== 'text') return null;
  const anchor = exactPosition(binding, before.anchor);
  const head = exactPosition(binding, before.head);
  const size = state.doc.content.size;
  if (anchor === null || head === null || anchor > size || head > size) return null;
  if (anchor === state.selection.anchor && head === state.selection.head) return null;
  return state.tr.setSelection(TextSelection.between(state.doc.resolve(anchor), state.doc.resolve(head)));
}

/**
 * Keeps the caret on the words it was in when a colleague types earlier in the same
 * paragraph. @tiptap/y-tiptap 3.0.9 takes any change of the caret's paragraph text for a
 * structural move and, inside a block with attributes of its own (a speaker turn, an
 * « À suivre », a heading), puts the caret back at its old offset: the next keys then land
 * in the colleague's words. Where the caret's text still exists, its Yjs position is exact
 * and wins; after a real move (the text deleted and recreated) the binding's guess stays.
 */
export const CaretOnRemoteEdits = Extension.create({
  name: 'caretOnRemoteEdits',

  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey('caretOnRemoteEdits'),
        appendTransaction: (transactions, _oldState, state) => caretAfterRemoteEdit(transactions, state),
      }),
    ];
  },
});
