import { useMemo, useState } from 'react';
import type { Editor } from '@tiptap/react';
import type * as Y from 'yjs';
import type { MinutesDocument } from '../../shared/api/minutes';
import type { Participant } from '../../shared/model/participants';
import { useOptionalMe } from '../auth/meContext';
import { useOptionalComments } from '../comments/commentsContext';
import { commentsTabLabel } from '../comments/commentsTabLabel';
import type { MinutierEvents } from '../comments/minutierEvents';
import { CommentsPanel } from '../comments/CommentsPanel';
import { COMMENTS_PANEL_ID } from '../comments/useCommentsController';
import { useUnreadComments } from '../comments/useUnreadComments';
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

/**
 * « Sommaire », « Participants », « Relecture », « Commentaires » and « Suggestions » beside
 * the compte-rendu. The « Commentaires » tab counts the messages written since the reader last
 * had it open, and stands out when some mention their association.
 */
export function EditorSidePanels(props: EditorSidePanelsProps) {
  const { id, doc, events, editor, minutes, participants, loaded, writer, editable, onMinutesChanged } = props;
  const comments = useOptionalComments();
  const me = useOptionalMe();
  const [openPanel, setOpenPanel] = useState<string | null>(null);
  const reader = useMemo(() => (me ? { userId: me.user.id, associationId: me.user.associationId } : null), [me]);
  const unread = useUnreadComments(id, comments?.threads ?? null, reader, openPanel === COMMENTS_PANEL_ID);
  const commentsBadge =
    unread.count > 0
      ? { text: String(unread.count), label: commentsTabLabel(unread), emphasis: unread.mentions > 0 }
      : undefined;
  return (
    <SidePanels
      label="Panneaux du compte-rendu"
      reveal={comments?.reveal ?? null}
      onOpenPanel={setOpenPanel}
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
          ? [
              {
                id: COMMENTS_PANEL_ID,
                label: 'Commentaires',
                badge: commentsBadge,
                render: () => <CommentsPanel comments={comments} />,
              },
            ]
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
