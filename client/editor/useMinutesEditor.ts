import { useEffect, useState } from 'react';
import { useEditor, type Editor } from '@tiptap/react';
import Collaboration from '@tiptap/extension-collaboration';
import { CaretOnRemoteEdits } from './caretOnRemoteEdits';
import CollaborationCaret from '@tiptap/extension-collaboration-caret';
import { BODY_FRAGMENT, schemaExtensions } from '../../shared/schema/extensions';
import { Comments, type CommentRequests } from '../comments/commentsExtension';
import type { AwarenessUser } from '../identity';
import { SuggestionHighlights } from '../suggestedChanges/suggestionHighlights';
import { SuggestModeShortcut } from '../suggestedChanges/suggestModeShortcut';
import type { CollaborationSession } from './collaborationSession';
import { withNodeViews } from './nodeViews/withNodeViews';
import { renderCaret } from './renderCaret';
import { SuggestMode } from './suggestMode';
import { SuggestionMenus } from './suggestions/suggestionMenus';
import type { TriggerKeyHandler } from './suggestions/triggerMenuPlugin';

export interface MinutesEditor {
  editor: Editor;
  /** Where the suggestion menus take over the keys while open. */
  suggestionKeys: TriggerKeyHandler;
  /** Where Ctrl+Alt+C hands « Commenter » to the comments UI. */
  commentRequests: CommentRequests;
  /** The document holds content this version cannot read: editing is off for good. */
  contentError: boolean;
  /**
   * Whether this person can edit now. Kept here rather than read from the editor: Tiptap
   * announces `setEditable` as an update, not as a transaction that `useEditorState` sees.
   */
  editable: boolean;
}

/**
 * The Tiptap editor bound to the session's Y.Doc. It never receives `content`: documents are
 * seeded on the server (M3), and initial content here would be merged into every copy again.
 */
export function useMinutesEditor(session: CollaborationSession, user: AwarenessUser, canEdit: boolean): MinutesEditor {
  const [contentError, setContentError] = useState(false);
  const [suggestionKeys] = useState<TriggerKeyHandler>(() => ({ current: null }));
  const [commentRequests] = useState<CommentRequests>(() => ({ current: null }));

  const editor = useEditor(
    {
      editable: false,
      extensions: [
        ...withNodeViews(schemaExtensions()),
        Collaboration.configure({ document: session.doc, field: BODY_FRAGMENT }),
        CaretOnRemoteEdits,
        CollaborationCaret.configure({ provider: session.provider, user, render: renderCaret }),
        SuggestionMenus.configure({ keys: () => suggestionKeys }),
        Comments.configure({ request: () => commentRequests.current?.() ?? false }),
        // « Suggérer »: its author and whether it is forced are set by `useSuggestModeSetup`.
        SuggestMode,
        SuggestModeShortcut,
        SuggestionHighlights,
      ],
      // A document this version cannot read must stay intact: stop editing and stop syncing
      // (Tiptap's `disableCollaboration`) rather than let the binding drop the parts it cannot
      // represent and send that loss to everybody (R15).
      enableContentCheck: true,
      onContentError: ({ editor: failed, error, disableCollaboration }) => {
        disableCollaboration();
        failed.setEditable(false);
        setContentError(true);
        console.error('Contenu du compte-rendu illisible par cette version', error);
      },
      editorProps: {
        attributes: {
          class: 'document-body',
          role: 'textbox',
          'aria-multiline': 'true',
          'aria-label': 'Texte du compte-rendu',
          lang: 'fr',
          spellcheck: 'true',
        },
      },
    },
    [session],
  );

  const editable = canEdit && !contentError;
  useEffect(() => {
    if (editor.isEditable !== editable) editor.setEditable(editable);
  }, [editor, editable]);

  useEffect(() => {
    editor.commands.updateUser(user);
  }, [editor, user]);

  return { editor, suggestionKeys, commentRequests, contentError, editable };
}
