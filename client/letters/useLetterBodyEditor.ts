import type { CollaborationSession } from '../editor/collaborationSession';
import { type BodyEditor, useBodyEditor } from '../editor/useBodyEditor';
import type { AwarenessUser } from '../identity';

/**
 * The letter's body bound to its Y.Doc, with the minutes' schema and node views (« mesure 22 »
 * works as in a compte-rendu) but none of the review tools: a letter has no comments nor suggestions.
 */
export function useLetterBodyEditor(session: CollaborationSession, user: AwarenessUser, canEdit: boolean): BodyEditor {
  return useBodyEditor(session, user, canEdit, { extensions: [], label: 'Texte de la lettre', className: 'document-body letter-body' });
}
