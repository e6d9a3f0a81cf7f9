import { useRef } from 'react';
import { useEditorState, type Editor } from '@tiptap/react';
import { useToolbarFocus } from '../a11y/useToolbarFocus';
import { CommentButton } from '../comments/CommentButton';
import { SuggestToggle } from '../suggestedChanges/SuggestToggle';
import { INSERT_COMMANDS, type InsertCommandId } from './insertCommands';

interface FormatAction {
  id: string;
  /**
   * Read by screen readers and shown as tooltip, with the keyboard shortcut. It starts with the
   * glyph when the glyph is a word (« T2 »): a name must contain the visible text (WCAG 2.5.3).
   */
  label: string;
  shortcut: string;
  /** What the button shows; styled so that it hints at the effect. */
  glyph: string;
  isActive(editor: Editor): boolean;
  run(editor: Editor): void;
}

const FORMAT_ACTIONS: FormatAction[] = [
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
    label: 'T2 — Titre de section',
    shortcut: 'Ctrl+Alt+2',
    glyph: 'T2',
    isActive: (editor) => editor.isActive('heading', { level: 2 }),
    run: (editor) => editor.chain().focus().toggleHeading({ level: 2 }).run(),
  },
  {
    id: 'heading3',
    label: 'T3 — Sous-titre',
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

/** Short button texts of the insertions; the section title is the « T2 » format button. */
const INSERT_GLYPHS: Partial<Record<InsertCommandId, string>> = {
  speakerTurn: 'Parole',
  actionItem: 'À suivre',
  measureRef: 'Mesure',
  annexes: 'Annexes',
  nextMeetings: 'Réunions',
};
const TOOLBAR_INSERTS = INSERT_COMMANDS.filter((command) => INSERT_GLYPHS[command.id]);

/** « Ctrl+Maj+8 » as `aria-keyshortcuts` wants it: « Control+Shift+8 ». */
const ariaShortcut = (shortcut: string) => shortcut.replace('Ctrl', 'Control').replace('Maj', 'Shift');

export function EditorToolbar({ editor, editable }: { editor: Editor; editable: boolean }) {
  const active = useEditorState({
    editor,
    selector: ({ editor: current }) =>
      Object.fromEntries(FORMAT_ACTIONS.map((action) => [action.id, action.isActive(current)])),
  });
  const toolbar = useRef<HTMLDivElement>(null);
  useToolbarFocus(toolbar);

  return (
    <div className="editor-toolbar" role="toolbar" aria-label="Mise en forme et insertion" ref={toolbar}>
      <div className="editor-toolbar__group" role="group" aria-label="Mise en forme">
        {FORMAT_ACTIONS.map((action) => (
          <button
            key={action.id}
            type="button"
            className={`toolbar-button toolbar-button--${action.id}`}
            aria-label={action.label}
            aria-pressed={active[action.id] ?? false}
            aria-keyshortcuts={ariaShortcut(action.shortcut)}
            title={`${action.label} (${action.shortcut})`}
            disabled={!editable}
            onClick={() => action.run(editor)}
          >
            <span aria-hidden="true">{action.glyph}</span>
          </button>
        ))}
      </div>
      <div className="editor-toolbar__group" role="group" aria-label="Insérer">
        {TOOLBAR_INSERTS.map((command) => (
          <button
            key={command.id}
            type="button"
            className={`toolbar-button toolbar-button--insert toolbar-button--${command.id}`}
            aria-label={command.label}
            aria-keyshortcuts={ariaShortcut(command.shortcut)}
            title={`${command.label} (${command.shortcut}) — ou tapez «\u00a0/\u00a0» dans le texte`}
            disabled={!editable}
            onClick={() => command.run(editor)}
          >
            <span aria-hidden="true">{INSERT_GLYPHS[command.id]}</span>
          </button>
        ))}
      </div>
      {/* The review tools wrap together: « Suggérer » never ends up alone on a line. */}
      <div className="editor-toolbar__review">
        <div className="editor-toolbar__group" role="group" aria-label="Commentaires">
          <CommentButton />
        </div>
        <div className="editor-toolbar__group" role="group" aria-label="Suggestions">
          <SuggestToggle editor={editor} editable={editable} />
        </div>
      </div>
    </div>
  );
}
