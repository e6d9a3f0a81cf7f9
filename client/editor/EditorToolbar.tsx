import { useEditorState, type Editor } from '@tiptap/react';

interface ToolbarAction {
  id: string;
  /** Read by screen readers and shown as tooltip, with the keyboard shortcut. */
  label: string;
  shortcut: string;
  /** What the button shows; styled so that it hints at the effect. */
  glyph: string;
  isActive(editor: Editor): boolean;
  run(editor: Editor): void;
}

const ACTIONS: ToolbarAction[] = [
  {
    id: 'bold',
    label: 'Gras',
    shortcut: 'Ctrl+B',
    glyph: 'G',
    isActive: (editor) => editor.isActive('bold'),
    run: (editor) => editor.chain().focus().toggleBold().run(),
  },
  {
    id: 'italic',
    label: 'Italique',
    shortcut: 'Ctrl+I',
    glyph: 'I',
    isActive: (editor) => editor.isActive('italic'),
    run: (editor) => editor.chain().focus().toggleItalic().run(),
  },
  {
    id: 'heading2',
    label: 'Titre de section',
    shortcut: 'Ctrl+Alt+2',
    glyph: 'T2',
    isActive: (editor) => editor.isActive('heading', { level: 2 }),
    run: (editor) => editor.chain().focus().toggleHeading({ level: 2 }).run(),
  },
  {
    id: 'heading3',
    label: 'Sous-titre',
    shortcut: 'Ctrl+Alt+3',
    glyph: 'T3',
    isActive: (editor) => editor.isActive('heading', { level: 3 }),
    run: (editor) => editor.chain().focus().toggleHeading({ level: 3 }).run(),
  },
  {
    id: 'bulletList',
    label: 'Liste à puces',
    shortcut: 'Ctrl+Maj+8',
    glyph: '•',
    isActive: (editor) => editor.isActive('bulletList'),
    run: (editor) => editor.chain().focus().toggleBulletList().run(),
  },
];

export function EditorToolbar({ editor }: { editor: Editor }) {
  const state = useEditorState({
    editor,
    selector: ({ editor: current }) => ({
      editable: current.isEditable,
      active: Object.fromEntries(ACTIONS.map((action) => [action.id, action.isActive(current)])),
    }),
  });

  return (
    <div className="editor-toolbar" role="toolbar" aria-label="Mise en forme">
      {ACTIONS.map((action) => (
        <button
          key={action.id}
          type="button"
          className={`toolbar-button toolbar-button--${action.id}`}
          aria-label={action.label}
          aria-pressed={state.active[action.id] ?? false}
          title={`${action.label} (${action.shortcut})`}
          disabled={!state.editable}
          onClick={() => action.run(editor)}
        >
          <span aria-hidden="true">{action.glyph}</span>
        </button>
      ))}
    </div>
  );
}
