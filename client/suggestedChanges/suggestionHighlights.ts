import { Extension } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { highlightRanges } from './highlightRanges';

export const suggestionHighlightsKey = new PluginKey<DecorationSet>('suggestionHighlights');

function decorate(doc: PMNode): DecorationSet {
  return DecorationSet.create(
    doc,
    highlightRanges(doc).map((range) =>
      range.type === 'block'
        ? Decoration.node(range.from, range.to, range.attrs)
        : Decoration.inline(range.from, range.to, range.attrs),
    ),
  );
}

/**
 * Paints suggestions in the colour of their author's association, with « Suggestion de … »
 * as tooltip. Recomputed only when the document changes (a remote edit included).
 */
export function suggestionHighlightsPlugin(): Plugin<DecorationSet> {
  return new Plugin<DecorationSet>({
    key: suggestionHighlightsKey,
    state: {
      init: (_, state) => decorate(state.doc),
      apply: (tr, previous) => (tr.docChanged ? decorate(tr.doc) : previous),
    },
    props: {
      decorations: (state) => suggestionHighlightsKey.getState(state),
    },
  });
}

export const SuggestionHighlights = Extension.create({
  name: 'suggestionHighlights',

  addProseMirrorPlugins() {
    return [suggestionHighlightsPlugin()];
  },
});
