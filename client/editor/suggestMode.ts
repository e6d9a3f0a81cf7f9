import { Extension, type Editor } from '@tiptap/core';
import type { EditorState, Transaction } from '@tiptap/pm/state';
import { ySyncPluginKey, yUndoPluginKey } from '@tiptap/y-tiptap';
import { newBlockId } from '../../shared/schema/blockId';
import type { BlockPlacement } from '../../shared/schema/insertBlockAfter';
import type { SuggestionAuthor } from '../../shared/schema/suggestionAuthor';
import { applySuggestionDecision } from '../../shared/suggestions/applySuggestionDecision';
import { collectSuggestions } from '../../shared/suggestions/collectSuggestions';
import type { Suggestion, SuggestionDecision } from '../../shared/suggestions/suggestion';
import { blockEdgeDeletion } from '../../shared/suggestions/trackedRangeDeletion';
import { trackTransaction } from '../../shared/suggestions/trackTransaction';

/** Meta flag of a transaction that must go through as it is, never as suggestions. */
export const skipSuggestMeta = 'minutierSkipSuggest';

export interface SuggestModeStorage {
  /** « Suggérer » is on: this person's edits become suggestions. */
  enabled: boolean;
  /** Whom the suggestions are attributed to; nothing is tracked without one. */
  author: SuggestionAuthor | null;
  /** A member in a suggestion-only review: the mode stays on (the relay refuses direct edits anyway). */
  forced: boolean;
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    suggestMode: {
      /** Turns « Suggérer » on or off; off is refused while the mode is forced. */
      setSuggestMode: (enabled: boolean) => ReturnType;
      setSuggestionAuthor: (author: SuggestionAuthor | null) => ReturnType;
      /** Forces the mode on (suggestion-only review), or releases it. */
      setSuggestModeForced: (forced: boolean) => ReturnType;
      /** Accepts the matching suggestions as ordinary edits (secretariat, coordination). */
      acceptSuggestions: (which: (suggestion: Suggestion) => boolean) => ReturnType;
      /** Rejects the matching suggestions as ordinary edits (secretariat, coordination). */
      rejectSuggestions: (which: (suggestion: Suggestion) => boolean) => ReturnType;
    };
  }

  interface Storage {
    suggestMode: SuggestModeStorage;
  }
}

/**
 * Whether a transaction is this person's own edit, to be recorded as suggestions:
 * not a remote change or a Yjs undo/redo (y-prosemirror marks both as change
 * origin), not a decision on suggestions, and it changes the document.
 */
export function isTrackable(tr: Transaction): boolean {
  if (!tr.docChanged || tr.getMeta(skipSuggestMeta) === true) return false;
  const sync = tr.getMeta(ySyncPluginKey) as { isChangeOrigin?: boolean; isUndoRedoOperation?: boolean } | undefined;
  if (sync?.isChangeOrigin || sync?.isUndoRedoOperation) return false;
  return tr.getMeta(yUndoPluginKey) === undefined;
}

/**
 * Metadata of the user's transaction (paste, focus, plugin flags) carried over to the
 * tracked one, so that other plugins see the same intent. ProseMirror keeps it in a
 * field it does not list publicly.
 */
function copyMeta(from: Transaction, to: Transaction): void {
  const meta = (from as unknown as { meta?: Record<string, unknown> }).meta ?? {};
  for (const [key, value] of Object.entries(meta)) to.setMeta(key, value);
}

/**
 * What the editor dispatches instead of `tr` in suggestion mode: the tracked
 * transaction, or one that changes nothing when there is no author to attribute
 * the change to or the change cannot be recorded.
 */
export function suggestingTransaction(
  state: EditorState,
  tr: Transaction,
  storage: SuggestModeStorage,
  newId: () => string = newBlockId,
): Transaction {
  if (!storage.enabled || !isTrackable(tr) || tr.before !== state.doc) return tr;
  if (!storage.author) return state.tr;
  const tracked = trackTransaction(state, tr, storage.author, newId);
  if (!tracked) return tr;
  copyMeta(tr, tracked);
  return tracked;
}

/**
 * Where the insert commands put their block: while suggesting, a new empty block after
 * the current one, proposed whole, rather than a wrap (see BlockPlacement).
 */
export const blockPlacement = (editor: Editor): BlockPlacement => (editor.storage.suggestMode?.enabled ? 'after' : 'wrap');

const decide =
  (decision: SuggestionDecision, which: (suggestion: Suggestion) => boolean) =>
  ({ tr, dispatch }: { tr: Transaction; dispatch?: unknown }): boolean => {
    const ids = new Set(collectSuggestions(tr.doc).filter(which).map((suggestion) => suggestion.id));
    if (ids.size === 0) return false;
    if (dispatch) {
      applySuggestionDecision(tr, decision, (id) => ids.has(id));
      tr.setMeta(skipSuggestMeta, true);
    }
    return true;
  };

/** « Suggérer »: this person's edits become suggestions attributed to them and their association. */
export const SuggestMode = Extension.create<Record<string, never>, SuggestModeStorage>({
  name: 'suggestMode',
  // Before the default keymaps: Backspace and Delete at a block's edge propose a join.
  priority: 1000,

  addStorage() {
    return { enabled: false, author: null, forced: false };
  },

  addCommands() {
    const storage = () => this.storage;
    return {
      setSuggestMode:
        (enabled) =>
        ({ tr, dispatch }) => {
          if (!enabled && storage().forced) return false;
          if (dispatch) {
            storage().enabled = enabled;
            // A transaction, so that toolbars reading the editor state see the change.
            tr.setMeta(skipSuggestMeta, true);
          }
          return true;
        },
      setSuggestionAuthor:
        (author) =>
        ({ tr, dispatch }) => {
          if (dispatch) {
            storage().author = author;
            tr.setMeta(skipSuggestMeta, true);
          }
          return true;
        },
      setSuggestModeForced:
        (forced) =>
        ({ tr, dispatch }) => {
          if (dispatch) {
            storage().forced = forced;
            if (forced) storage().enabled = true;
            tr.setMeta(skipSuggestMeta, true);
          }
          return true;
        },
      acceptSuggestions: (which) => decide('accept', which),
      rejectSuggestions: (which) => decide('reject', which),
    };
  },

  addKeyboardShortcuts() {
    const joinAtEdge = (direction: 'backward' | 'forward') => (): boolean => {
      const { enabled, author } = this.storage;
      if (!enabled || !author) return false;
      const tr = blockEdgeDeletion(this.editor.state, direction, author, newBlockId);
      if (!tr) return false;
      this.editor.view.dispatch(tr.setMeta(skipSuggestMeta, true).scrollIntoView());
      return true;
    };
    // The nodes bind these keys to a wrap; while suggesting they are taken here first
    // (higher priority) to insert a new block, and fall through to the nodes' otherwise.
    const whileSuggesting = (insert: () => boolean) => (): boolean => this.storage.enabled && insert();
    return {
      Backspace: joinAtEdge('backward'),
      Delete: joinAtEdge('forward'),
      'Mod-Alt-p': whileSuggesting(() => this.editor.commands.insertSpeakerTurn({}, 'after')),
      'Mod-Alt-s': whileSuggesting(() => this.editor.commands.insertActionItem({}, 'after')),
      'Mod-Alt-a': whileSuggesting(() => this.editor.commands.insertMarkedSection('annexes', 'after')),
      'Mod-Alt-r': whileSuggesting(() => this.editor.commands.insertMarkedSection('nextMeetings', 'after')),
    };
  },

  dispatchTransaction({ transaction, next }) {
    next(suggestingTransaction(this.editor.state, transaction, this.storage));
  },
});
