import { useMemo, useRef } from 'react';
import type { Participant } from '../../shared/model/participants';
import { EditorToolbar } from './EditorToolbar';
import type { PlanRegistry } from './model/planRegistry';
import { BodySurface } from './BodySurface';
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
  const { editor, editable } = minutesEditor;
  const containerRef = useRef<HTMLDivElement>(null);
  const context = useMemo(
    () => ({ writer, editable, participants, registry, documentId, attachAnnexes }),
    [writer, editable, participants, registry, documentId, attachAnnexes],
  );

  return (
    <div className={writer ? 'editor' : 'editor editor--reading'} ref={containerRef}>
      {/* Readers get the page without tools they could never use. */}
      {writer && <EditorToolbar editor={editor} editable={editable} />}
      <BodySurface
        body={minutesEditor}
        context={context}
        containerRef={containerRef}
        className="document-page"
        unreadableMessage="Ce compte-rendu contient des éléments que cette version de Minutier ne sait pas afficher. Pour ne rien perdre, la modification et la synchronisation sont désactivées : rechargez la page ou contactez le secrétariat."
      />
    </div>
  );
}
