import type { Node as PMNode } from '@tiptap/pm/model';
import { useEditorState, type Editor } from '@tiptap/react';
import { sommaireOf, type SommaireEntry } from '../../shared/model/sommaire';
import type { ProseMirrorJSON } from '../../shared/schema/bodyContent';
import { jumpToSection } from '../editor/jumpToSection';

/** Documents are immutable: each version's sommaire is computed once, not on every caret move. */
const sommaires = new WeakMap<PMNode, SommaireEntry[]>();

function sommaireOfDoc(doc: PMNode): SommaireEntry[] {
  let entries = sommaires.get(doc);
  if (!entries) {
    entries = sommaireOf(doc.toJSON() as ProseMirrorJSON);
    sommaires.set(doc, entries);
  }
  return entries;
}

interface SommairePanelProps {
  editor: Editor;
  /** The document has arrived: before, an empty editor must not be taken for an empty sommaire. */
  loaded: boolean;
}

/** The generated table of contents (M4): it follows every renamed, added or removed section. */
export function SommairePanel({ editor, loaded }: SommairePanelProps) {
  const entries = useEditorState({ editor, selector: ({ editor: current }) => sommaireOfDoc(current.state.doc) });

  if (!loaded) return <p className="muted">Chargement du sommaire…</p>;
  if (entries.length === 0) {
    return (
      <p className="muted">
        Aucune section pour l’instant. Les titres de section («&nbsp;/&nbsp;» puis «&nbsp;Titre de section&nbsp;», ou Ctrl+Alt+2)
        forment le sommaire.
      </p>
    );
  }
  return (
    <nav aria-label="Sommaire">
      <ol className="sommaire">
        {entries.map((entry) => (
          <li key={entry.index}>
            <button type="button" className="sommaire__entry" onClick={() => jumpToSection(editor, entry.index)}>
              <span className="sommaire__number">{entry.number}.</span>
              <span className="sommaire__title">{entry.title || 'Section sans titre'}</span>
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}
