import type { Node as PMNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { ySyncPluginKey } from '@tiptap/y-tiptap';
import type { PendingRange } from './pendingRange';
import { threadAnchors } from './threadAnchors';

/** Which commented words stand out. */
export interface CommentHighlight {
  /** The thread picked in the margin: stronger. */
  active: string | null;
  /** Open threads are highlighted; resolved ones keep their anchor but no longer stand out. */
  open: ReadonlySet<string>;
  /** The words a comment is being written about, while the focus is in the form. */
  pending: PendingRange | null;
}

interface HighlightState extends CommentHighlight {
  pendingPlace: { from: number; to: number } | null;
  decorations: DecorationSet;
}

export const commentHighlightKey = new PluginKey<HighlightState>('commentHighlight');

const NOTHING: CommentHighlight = { active: null, open: new Set(), pending: null };

function decorate(doc: PMNode, { active, open }: CommentHighlight, pendingPlace: HighlightState['pendingPlace']) {
  const decorations: Decoration[] = [];
  for (const [threadId, anchor] of threadAnchors(doc)) {
    const className =
      threadId === active ? 'comment-anchor--active' : open.has(threadId) ? 'comment-anchor--open' : null;
    if (!className) continue;
    for (const range of anchor.ranges) decorations.push(Decoration.inline(range.from, range.to, { class: className }));
  }
  if (pendingPlace) decorations.push(Decoration.inline(pendingPlace.from, pendingPlace.to, { class: 'comment-pending' }));
  return DecorationSet.create(doc, decorations);
}

const isRemote = (tr: Transaction) =>
  (tr.getMeta(ySyncPluginKey) as { isChangeOrigin?: boolean } | undefined)?.isChangeOrigin === true;

/**
 * Where the words being commented are after `tr`. A colleague's edit arrives as a replacement
 * of the whole body, which ProseMirror's mapping cannot see through: the Yjs positions are read
 * again then. A local edit is mapped.
 */
function pendingPlaceAfter(tr: Transaction, highlight: CommentHighlight, before: HighlightState | null) {
  const { pending } = highlight;
  if (!pending) return null;
  if (!before || before.pending !== pending || isRemote(tr)) return pending.resolve(tr.doc);
  if (!before.pendingPlace) return null;
  const from = tr.mapping.map(before.pendingPlace.from, 1);
  const to = tr.mapping.map(before.pendingPlace.to, -1);
  return to > from ? { from, to } : null;
}

/**
 * Inline decorations over the `.comment-anchor` marks: `comment-anchor--open` on open threads'
 * words, `comment-anchor--active` on the picked thread's, `comment-pending` on the words being
 * commented. Status and choice are not in the document, so they are not in the marks either;
 * and a decoration's span sits inside the mark's, so only what is decorated is painted.
 */
export function commentHighlightPlugin(): Plugin<HighlightState> {
  return new Plugin<HighlightState>({
    key: commentHighlightKey,
    state: {
      init: (_config, state) => ({ ...NOTHING, pendingPlace: null, decorations: decorate(state.doc, NOTHING, null) }),
      apply(tr, value) {
        const changed = tr.getMeta(commentHighlightKey) as CommentHighlight | undefined;
        if (!changed && !tr.docChanged) return value;
        const highlight = changed ?? value;
        const pendingPlace = pendingPlaceAfter(tr, highlight, value);
        return {
          active: highlight.active,
          open: highlight.open,
          pending: highlight.pending,
          pendingPlace,
          decorations: decorate(tr.doc, highlight, pendingPlace),
        };
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
