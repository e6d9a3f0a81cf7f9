import type { Node as PMNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { threadAnchors } from './threadAnchors';

/** Which threads the anchored text should set apart: the one picked in the margin, and the resolved ones. */
export interface CommentHighlight {
  active: string | null;
  resolved: ReadonlySet<string>;
}

interface HighlightState extends CommentHighlight {
  decorations: DecorationSet;
}

export const commentHighlightKey = new PluginKey<HighlightState>('commentHighlight');

/**
 * Every `.comment-anchor` is highlighted by CSS; the anchors of the active thread get
 * `comment-anchor--active` (stronger) and those of resolved threads `comment-anchor--resolved`
 * (no highlight), as inline decorations: what is open or picked is not in the document.
 */
function decorate(doc: PMNode, { active, resolved }: CommentHighlight): DecorationSet {
  const decorations: Decoration[] = [];
  for (const [threadId, anchor] of threadAnchors(doc)) {
    const className =
      threadId === active ? 'comment-anchor--active' : resolved.has(threadId) ? 'comment-anchor--resolved' : null;
    if (!className) continue;
    for (const range of anchor.ranges) decorations.push(Decoration.inline(range.from, range.to, { class: className }));
  }
  return DecorationSet.create(doc, decorations);
}

export function commentHighlightPlugin(): Plugin<HighlightState> {
  return new Plugin<HighlightState>({
    key: commentHighlightKey,
    state: {
      init: (_config, state) => {
        const highlight: CommentHighlight = { active: null, resolved: new Set() };
        return { ...highlight, decorations: decorate(state.doc, highlight) };
      },
      apply(tr, value) {
        const changed = tr.getMeta(commentHighlightKey) as CommentHighlight | undefined;
        if (!changed && !tr.docChanged) return value;
        const highlight = changed ?? value;
        return { active: highlight.active, resolved: highlight.resolved, decorations: decorate(tr.doc, highlight) };
      },
    },
    props: {
      decorations: (state) => commentHighlightKey.getState(state)?.decorations ?? DecorationSet.empty,
    },
  });
}

/** A transaction that only changes what is highlighted; it changes nothing in the document. */
export function setCommentHighlight(state: EditorState, highlight: CommentHighlight): Transaction {
  return state.tr.setMeta(commentHighlightKey, highlight).setMeta('addToHistory', false);
}
