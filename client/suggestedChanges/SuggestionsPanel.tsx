import { useEditorState, type Editor } from '@tiptap/react';
import type { Role } from '../../shared/api/roles';
import { useMe } from '../auth/meContext';
import { canDecideSuggestions } from './decisionRights';
import { groupByAssociation } from './groupByAssociation';
import { selectSuggestion } from './selectSuggestion';
import { SuggestionGroup } from './SuggestionGroup';
import { suggestionsOfDoc } from './suggestionsOfDoc';
import { useSuggestionDecisions } from './useSuggestionDecisions';
import '../styles/suggestedChanges.css';

interface SuggestionsPanelProps {
  documentId: string;
  editor: Editor;
  /** The signed-in person's effective role on this document. */
  role: Role;
  /** The document has arrived from the server. */
  loaded: boolean;
  /** The editor can write now; decisions are edits, so they wait otherwise. */
  editable: boolean;
}

/**
 * The « Suggestions » side panel: pending suggestions in text order, grouped by association.
 * The secretariat and the coordination accept or refuse them; everybody else reads them and
 * may withdraw their own.
 */
export function SuggestionsPanel({ documentId, editor, role, loaded, editable }: SuggestionsPanelProps) {
  const userId = useMe().user.id;
  const suggestions = useEditorState({ editor, selector: ({ editor: current }) => suggestionsOfDoc(current.state.doc) });
  const decisions = useSuggestionDecisions(documentId, editor);
  const canDecide = canDecideSuggestions(role);

  if (!loaded) return <p className="muted">Chargement des suggestions…</p>;
  const groups = groupByAssociation(suggestions);

  return (
    <div className="suggestions-panel">
      {decisions.error && (
        <p className="banner banner--error" role="alert">
          {decisions.error}
        </p>
      )}
      {groups.length === 0 ? (
        <p className="suggestions-panel__empty">
          Aucune suggestion en attente. Le mode «{'\u00a0'}Suggérer{'\u00a0'}» de la barre d’outils (Ctrl+Alt+G)
          enregistre les modifications comme suggestions.
        </p>
      ) : (
        groups.map((group) => (
          <SuggestionGroup
            key={group.association}
            group={group}
            canDecide={canDecide}
            userId={userId}
            disabled={!editable || decisions.busy}
            onSelect={(suggestion) => selectSuggestion(editor, suggestion)}
            onDecide={(decision, chosen) => void decisions.decide(decision, chosen, canDecide)}
          />
        ))
      )}
    </div>
  );
}
