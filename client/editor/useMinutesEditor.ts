import { useState } from 'react';
import { CaretOnRemoteEdits } from './caretOnRemoteEdits';
import { Comments, type CommentRequests } from '../comments/commentsExtension';
import type { AwarenessUser } from '../identity';
import { SuggestionHighlights } from '../suggestedChanges/suggestionHighlights';
import { SuggestModeShortcut } from '../suggestedChanges/suggestModeShortcut';
import type { CollaborationSession } from './collaborationSession';
import { SuggestMode } from './suggestMode';
import { type BodyEditor, useBodyEditor } from './useBodyEditor';

export interface MinutesEditor extends BodyEditor {
  /** Where Ctrl+Alt+C hands « Commenter » to the comments UI. */
  commentRequests: CommentRequests;
}

/** The compte-rendu's body, with the review tools: comments, « Suggérer », suggestion highlights. */
export function useMinutesEditor(session: CollaborationSession, user: AwarenessUser, canEdit: boolean): MinutesEditor {
  const [commentRequests] = useState<CommentRequests>(() => ({ current: null }));
  const body = useBodyEditor(session, user, canEdit, {
    afterBinding: [CaretOnRemoteEdits],
    extensions: [
      Comments.configure({ request: () => commentRequests.current?.() ?? false }),
      // « Suggérer »: its author and whether it is forced are set by `useSuggestModeSetup`.
      SuggestMode,
      SuggestModeShortcut,
      SuggestionHighlights,
    ],
    label: 'Texte du compte-rendu',
    className: 'document-body',
  });
  return { ...body, commentRequests };
}
