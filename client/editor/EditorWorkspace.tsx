import { useMemo, useState } from 'react';
import type { MinutesDocument } from '../../shared/api/minutes';
import { describeConnection } from '../connection/connectionState';
import { useConnectionStatus } from '../connection/useConnectionStatus';
import { useSyncStatus } from '../connection/useSyncStatus';
import { formatMeetingDate } from '../format/formatDate';
import { awarenessUser, caretLabel, type AwarenessUser, type Identity } from '../identity';
import { AppHeader } from '../pages/AppHeader';
import { ConnectionStatus } from '../panels/ConnectionStatus';
import { IdentityForm } from '../panels/IdentityForm';
import { Link } from '../router/Link';
import type { CollaborationSession } from './collaborationSession';
import { CollaborativeEditor } from './CollaborativeEditor';
import { useCollaborationSession } from './useCollaborationSession';

interface EditorWorkspaceProps {
  id: string;
  minutes: MinutesDocument;
  identity: Identity;
  onIdentityChange(identity: Identity): void;
}

/** The editing screen of one compte-rendu: header with status, document heading, editor. */
export function EditorWorkspace({ id, minutes, identity, onIdentityChange }: EditorWorkspaceProps) {
  const user = useMemo(() => awarenessUser(identity), [identity]);
  const session = useCollaborationSession(id, user);
  if (!session) return <AppHeader />;
  return (
    <SessionWorkspace session={session} minutes={minutes} user={user} onIdentityChange={onIdentityChange} />
  );
}

interface SessionWorkspaceProps {
  session: CollaborationSession;
  minutes: MinutesDocument;
  user: AwarenessUser;
  onIdentityChange(identity: Identity): void;
}

function SessionWorkspace({ session, minutes, user, onIdentityChange }: SessionWorkspaceProps) {
  const connection = useConnectionStatus(session.provider);
  const connectionView = describeConnection(connection);
  const sync = useSyncStatus(session);
  const [editingIdentity, setEditingIdentity] = useState(false);
  const { title, meetingDate } = minutes.meta;

  return (
    <>
      <AppHeader>
        <Link to="/" className="header-link">
          ← Tous les comptes-rendus
        </Link>
        <div className="header-spacer" />
        <button
          type="button"
          className="identity-chip identity-chip--button"
          style={{ backgroundColor: user.color }}
          onClick={() => setEditingIdentity(true)}
          aria-label={`Vous écrivez en tant que ${caretLabel(user)}. Modifier votre identité`}
        >
          {caretLabel(user)}
        </button>
        <ConnectionStatus connection={connectionView} sync={sync.view} />
      </AppHeader>
      <main className="page page--editor">
        {connectionView.detail && (
          <p className={`banner banner--${connectionView.tone === 'error' ? 'error' : 'warning'}`} role="alert">
            {connectionView.detail}
          </p>
        )}
        {editingIdentity && (
          <IdentityForm
            initial={user}
            onSave={(next) => {
              onIdentityChange(next);
              setEditingIdentity(false);
            }}
            onCancel={() => setEditingIdentity(false)}
          />
        )}
        <header className="document-heading">
          <h1>{title}</h1>
          <p className="document-date">
            {meetingDate ? `Réunion du ${formatMeetingDate(meetingDate)}` : 'Date de réunion non renseignée'}
          </p>
        </header>
        <CollaborativeEditor session={session} user={user} canEdit={sync.loaded && connection.terminalClose === null} />
      </main>
    </>
  );
}
