import type { Editor } from '@tiptap/react';
import type * as Y from 'yjs';
import type { MinutesDocument } from '../../shared/api/minutes';
import type { Participant } from '../../shared/model/participants';
import { useOptionalComments } from '../comments/commentsContext';
import type { MinutierEvents } from '../comments/minutierEvents';
import { CommentsPanel } from '../comments/CommentsPanel';
import { COMMENTS_PANEL_ID } from '../comments/useCommentsController';
import { ParticipantsPanel } from '../panels/ParticipantsPanel';
import { SidePanels } from '../panels/SidePanels';
import { SommairePanel } from '../panels/SommairePanel';
import { ReviewPanel } from '../review/ReviewPanel';
import { SuggestionsPanel } from '../suggestedChanges/SuggestionsPanel';

interface EditorSidePanelsProps {
  id: string;
  doc: Y.Doc;
  events: MinutierEvents;
  editor: Editor;
  minutes: MinutesDocument;
  participants: readonly Participant[];
  /** The document has arrived from the server. */
  loaded: boolean;
  writer: boolean;
  editable: boolean;
  onMinutesChanged(): void;
}

/** « Sommaire », « Participants » and « Relecture » beside the compte-rendu. */
export function EditorSidePanels(props: EditorSidePanelsProps) {
  const { id, doc, events, editor, minutes, participants, loaded, writer, editable, onMinutesChanged } = props;
  const comments = useOptionalComments();
  return (
    <SidePanels
      label="Panneaux du compte-rendu"
      reveal={comments?.reveal ?? null}
      panels={[
        { id: 'sommaire', label: 'Sommaire', render: () => <SommairePanel editor={editor} loaded={loaded} /> },
        {
          id: 'participants',
          label: 'Participants',
          render: () => <ParticipantsPanel doc={doc} participants={participants} writer={writer} editable={editable} />,
        },
        {
          id: 'relecture',
          label: 'Relecture',
          render: () => (
            <ReviewPanel
              documentId={id}
              minutes={minutes}
              doc={doc}
              events={events}
              loaded={loaded}
              onChanged={onMinutesChanged}
            />
          ),
        },
        ...(comments
          ? [{ id: COMMENTS_PANEL_ID, label: 'Commentaires', render: () => <CommentsPanel comments={comments} /> }]
          : []),
        {
          id: 'suggestions',
          label: 'Suggestions',
          render: () => (
            <SuggestionsPanel documentId={id} editor={editor} role={minutes.role} loaded={loaded} editable={editable} />
          ),
        },
      ]}
    />
  );
}
