import { useEffect, useState } from 'react';
import { useEditor, type Editor } from '@tiptap/react';
import type { AnyExtension } from '@tiptap/core';
import Collaboration from '@tiptap/extension-collaboration';
import CollaborationCaret from '@tiptap/extension-collaboration-caret';
import { BODY_FRAGMENT, schemaExtensions } from '../../shared/schema/extensions';
import { LeaveEditorOnEscape } from '../a11y/leaveEditorOnEscape';
import { BlockFieldsTabStops } from '../a11y/blockFieldsTabStops';
import { DOCUMENT_BODY_ID } from '../a11y/SkipLinks';
import type { AwarenessUser } from '../identity';
import type { CollaborationSession } from './collaborationSession';
import { renderColleagueSelection } from './colleagueSelection';
import { withNodeViews } from './nodeViews/withNodeViews';
import { renderCaret } from './renderCaret';
import { SuggestionMenus } from './suggestions/suggestionMenus';
import type { TriggerKeyHandler } from './suggestions/triggerMenuPlugin';

export interface BodyEditor {
  editor: Editor;
  /** Where the suggestion menus take over the keys while open. */
  suggestionKeys: TriggerKeyHandler;
  /** The document holds content this version cannot read: editing is off for good. */
  contentError: boolean;
  /**
   * Whether this person can edit now. Kept here rather than read from the editor: Tiptap
   * announces `setEditable` as an update, not as a transaction that `useEditorState` sees.
   */
  editable: boolean;
}

export interface BodyEditorOptions {
  /** What this body adds to the schema, the collaboration and the « / », « @ », « # » menus; placed after the binding. */
  extensions: AnyExtension[];
  /** Placed between the binding and the carets (an extension reacting to remote edits before carets are drawn). */
  afterBinding?: AnyExtension[];
  /** The text area's accessible name: « Texte du compte-rendu ». */
  label: string;
  className: string;
}

/**
 * A body (a compte-rendu's, a letter's) bound to the session's Y.Doc with the document schema
 * and its node views. It never receives `content`: documents are seeded on the server (M3), and
 * initial content here would be merged into every copy again.
 */
export function useBodyEditor(session: CollaborationSession, user: AwarenessUser, canEdit: boolean, options: BodyEditorOptions): BodyEditor {
  const [contentError, setContentError] = useState(false);
  const [suggestionKeys] = useState<TriggerKeyHandler>(() => ({ current: null }));

  const editor = useEditor(
    {
      editable: false,
      extensions: [
        ...withNodeViews(schemaExtensions()),
        Collaboration.configure({ document: session.doc, field: BODY_FRAGMENT }),
        ...(options.afterBinding ?? []),
        CollaborationCaret.configure({ provider: session.provider, user, render: renderCaret, selectionRender: renderColleagueSelection }),
        SuggestionMenus.configure({ keys: () => suggestionKeys }),
        LeaveEditorOnEscape,
        BlockFieldsTabStops,
        ...options.extensions,
      ],
      // A document this version cannot read must stay intact: stop editing and stop syncing
      // (Tiptap's `disableCollaboration`) rather than let the binding drop the parts it cannot
      // represent and send that loss to everybody (R15).
      enableContentCheck: true,
      onContentError: ({ editor: failed, error, disableCollaboration }) => {
        disableCollaboration();
        failed.setEditable(false);
        setContentError(true);
        console.error(`Content unreadable by this version (${options.label})`, error);
      },
      editorProps: {
        attributes: {
          class: options.className,
          // One body per page: the target of « Aller au document ».
          id: DOCUMENT_BODY_ID,
          role: 'textbox',
          'aria-multiline': 'true',
          'aria-label': options.label,
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

  return { editor, suggestionKeys, contentError, editable };
}
