import { useId } from 'react';
import { useEditorState, type Editor } from '@tiptap/react';

/** Said on the disabled toggle, and written beside it, when the review allows members only suggestions. */
export const FORCED_SUGGEST_MODE_NOTE = 'Relecture : vos modifications sont enregistrées comme suggestions';

const TOGGLE_TITLE =
  'Suggérer (Ctrl+Alt+G) : vos ajouts et suppressions sont proposés, à votre nom, au secrétariat qui les accepte ou les refuse';

/** The toolbar's « Suggérer » toggle (Ctrl+Alt+G), forced on during a suggestion-only review. */
export function SuggestToggle({ editor, editable }: { editor: Editor; editable: boolean }) {
  const { enabled, forced } = useEditorState({
    editor,
    selector: ({ editor: current }) => ({
      enabled: current.storage.suggestMode.enabled,
      forced: current.storage.suggestMode.forced,
    }),
  });
  const noteId = useId();

  return (
    <>
      <button
        type="button"
        className="toolbar-button toolbar-button--suggest"
        aria-pressed={enabled}
        aria-keyshortcuts="Control+Alt+G"
        title={forced ? FORCED_SUGGEST_MODE_NOTE : TOGGLE_TITLE}
        aria-describedby={forced ? noteId : undefined}
        disabled={!editable || forced}
        onClick={() => editor.chain().focus().setSuggestMode(!enabled).run()}
      >
        Suggérer
      </button>
      {/* A disabled button shows no tooltip everywhere: the reason is also written beside it. */}
      {forced && (
        <span id={noteId} className="suggest-mode-note">
          {FORCED_SUGGEST_MODE_NOTE}
        </span>
      )}
    </>
  );
}
