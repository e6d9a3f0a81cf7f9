import { useMemo, useRef } from 'react';
import type { Participant } from '../../shared/model/participants';
import { describeConnection } from '../connection/connectionState';
import { useConnectionStatus } from '../connection/useConnectionStatus';
import { usePresenceAnnouncements } from '../connection/usePresenceAnnouncements';
import { useSyncStatus } from '../connection/useSyncStatus';
import type { CollaborationSession } from '../editor/collaborationSession';
import { usePlanRegistry } from '../editor/model/usePlanRegistry';
import { BodySurface } from '../editor/BodySurface';
import { useCollaborationSession } from '../editor/useCollaborationSession';
import type { AwarenessUser } from '../identity';
import { ConnectionStatus } from '../panels/ConnectionStatus';
import { useLetterBodyEditor } from './useLetterBodyEditor';

interface LetterBodyEditorProps {
  letterId: string;
  user: AwarenessUser;
  /** Secretariat and coordination write the body; the others read it live. */
  canEdit: boolean;
}

/** The body of the letter, written together in its own room (`/collab/<letterId>`). */
export function LetterBodyEditor({ letterId, user, canEdit }: LetterBodyEditorProps) {
  const session = useCollaborationSession(letterId, user);
  if (!session) return <p className="muted">Connexion au texte de la lettre…</p>;
  return <LetterBodySession session={session} user={user} canEdit={canEdit} letterId={letterId} />;
}

/** A letter has no speakers: its « @ » menu offers nobody. */
const NO_PARTICIPANTS: readonly Participant[] = [];
/** Its « / » menu offers what a letter holds: a measure of the plan, no speaker turn, « À suivre » nor section. */
const LETTER_COMMANDS: readonly string[] = ['measureRef'];

function LetterBodySession({ session, user, canEdit, letterId }: LetterBodyEditorProps & { session: CollaborationSession }) {
  const connection = useConnectionStatus(session.provider);
  const connectionView = describeConnection(connection);
  usePresenceAnnouncements(session.provider, user);
  const sync = useSyncStatus(session);
  const writable = canEdit && sync.loaded && connection.terminalClose === null;
  const body = useLetterBodyEditor(session, user, writable);
  const { editable } = body;
  const registry = usePlanRegistry();
  const containerRef = useRef<HTMLDivElement>(null);
  const context = useMemo(
    () => ({ writer: canEdit, editable, participants: NO_PARTICIPANTS, registry, documentId: letterId, attachAnnexes: false }),
    [canEdit, editable, registry, letterId],
  );

  return (
    <section className="letter-body-section" aria-labelledby="letter-body-heading">
      <div className="letter-body-section__heading">
        <h2 id="letter-body-heading">Texte de la lettre</h2>
        <ConnectionStatus connection={connectionView} sync={sync.view} />
      </div>
      {connectionView.detail && (
        <p className={`banner banner--${connectionView.tone === 'error' ? 'error' : 'warning'}`} role="alert">
          {connectionView.detail}
        </p>
      )}
      {canEdit && (
        <p className="hint">
          Écrit à plusieurs, enregistré au fil de la frappe. Ctrl+B : gras, Ctrl+I : italique, «&nbsp;#&nbsp;» : une mesure du plan.
        </p>
      )}
      <div className={canEdit ? 'editor letter-editor' : 'editor editor--reading letter-editor'} ref={containerRef}>
        <BodySurface
          body={body}
          context={context}
          containerRef={containerRef}
          className="document-page letter-page"
          unreadableMessage="Cette lettre contient des éléments que cette version de Minutier ne sait pas afficher. Pour ne rien perdre, la modification est désactivée : rechargez la page."
          commands={LETTER_COMMANDS}
        />
      </div>
    </section>
  );
}
