import { useEffect, useState } from 'react';
import { EditorContent, useEditor } from '@tiptap/react';
import Collaboration from '@tiptap/extension-collaboration';
import CollaborationCaret from '@tiptap/extension-collaboration-caret';
import { BODY_FRAGMENT, schemaExtensions } from '../../shared/schema/extensions';
import type { AwarenessUser } from '../identity';
import type { CollaborationSession } from './collaborationSession';
import { EditorToolbar } from './EditorToolbar';
import { renderCaret } from './renderCaret';

interface CollaborativeEditorProps {
  session: CollaborationSession;
  user: AwarenessUser;
  /** False until the document has arrived, and after the server refused us for good. */
  canEdit: boolean;
}

/**
 * The Tiptap editor bound to the session's Y.Doc. It never receives `content`: documents are
 * seeded on the server, and initial content here would be merged into every copy again.
 */
export function CollaborativeEditor({ session, user, canEdit }: CollaborativeEditorProps) {
  const [contentError, setContentError] = useState(false);

  const editor = useEditor(
    {
      editable: false,
      extensions: [
        ...schemaExtensions(),
        Collaboration.configure({ document: session.doc, field: BODY_FRAGMENT }),
        CollaborationCaret.configure({ provider: session.provider, user, render: renderCaret }),
      ],
      // A document this version cannot read must stay intact: stop editing rather than let
      // ProseMirror drop the unknown parts and sync that loss to everybody.
      enableContentCheck: true,
      onContentError: ({ editor: failed, error }) => {
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

  return (
    <div className="editor">
      <EditorToolbar editor={editor} />
      {contentError && (
        <p className="banner banner--error" role="alert">
          Ce compte-rendu contient des éléments que cette version de Minutier ne sait pas afficher. Pour ne
          rien perdre, la modification est désactivée : rechargez la page ou contactez le secrétariat.
        </p>
      )}
      <EditorContent editor={editor} className="document-page" />
    </div>
  );
}
