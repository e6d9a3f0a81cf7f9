import { useMemo, useRef } from 'react';
import { EditorContent } from '@tiptap/react';
import type { Participant } from '../../shared/model/participants';
import { EditorToolbar } from './EditorToolbar';
import type { PlanRegistry } from './model/planRegistry';
import { DocumentContext } from './nodeViews/documentContext';
import { EditorSuggestions } from './suggestions/EditorSuggestions';
import type { MinutesEditor } from './useMinutesEditor';

interface CollaborativeEditorProps {
  minutesEditor: MinutesEditor;
  participants: readonly Participant[];
  registry: PlanRegistry;
  /** This person may write the compte-rendu (see `DocumentContextValue.writer`). */
  writer: boolean;
  documentId: string;
  /** See `DocumentContextValue.attachAnnexes`. */
  attachAnnexes: boolean;
}

/** The page being written: toolbar, body with its blocks' views, and the suggestion menus. */
export function CollaborativeEditor({ minutesEditor, participants, registry, writer, documentId, attachAnnexes }: CollaborativeEditorProps) {
  const { editor, suggestionKeys, contentError, editable } = minutesEditor;
  const containerRef = useRef<HTMLDivElement>(null);
  const context = useMemo(
    () => ({ writer, editable, participants, registry, documentId, attachAnnexes }),
    [writer, editable, participants, registry, documentId, attachAnnexes],
  );

  return (
    <div className={writer ? 'editor' : 'editor editor--reading'} ref={containerRef}>
      {/* Readers get the page without tools they could never use. */}
      {writer && <EditorToolbar editor={editor} editable={editable} />}
      {contentError && (
        <p className="banner banner--error" role="alert">
          Ce compte-rendu contient des éléments que cette version de Minutier ne sait pas afficher. Pour ne
          rien perdre, la modification et la synchronisation sont désactivées : rechargez la page ou
          contactez le secrétariat.
        </p>
      )}
      <DocumentContext.Provider value={context}>
        <EditorContent editor={editor} className="document-page" />
      </DocumentContext.Provider>
      <EditorSuggestions
        editor={editor}
        editable={editable}
        keys={suggestionKeys}
        containerRef={containerRef}
        participants={participants}
        registry={registry}
      />
    </div>
  );
}
