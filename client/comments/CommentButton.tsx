import { useEditorState } from '@tiptap/react';
import { useOptionalComments } from './commentsContext';

/** « Commenter » in the toolbar: opens a thread on the selected text (also Ctrl+Alt+C). */
export function CommentButton() {
  const comments = useOptionalComments();
  const editor = comments?.editor;
  const hasSelection = useEditorState({
    editor: editor ?? null,
    selector: ({ editor: current }) => (current ? !current.state.selection.empty : false),
  });
  if (!comments) return null;
  const enabled = comments.canStart && hasSelection;
  return (
    <button
      type="button"
      className="toolbar-button toolbar-button--insert toolbar-button--comment"
      aria-label="Commenter"
      aria-keyshortcuts="Control+Alt+C"
      title={
        comments.canStart
          ? 'Commenter le passage sélectionné (Ctrl+Alt+C)'
          : 'Commenter (impossible pour l’instant : le texte ne peut pas être modifié)'
      }
      disabled={!enabled}
      onClick={() => comments.startComment()}
    >
      <span aria-hidden="true">Commenter</span>
    </button>
  );
}
