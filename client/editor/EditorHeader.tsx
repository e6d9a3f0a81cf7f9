import { type MinutesStatus, statusLabels } from '../../shared/api/review';
import type { ConnectionView } from '../connection/connectionState';
import type { SyncView } from '../connection/syncStatus';
import { caretLabel, type AwarenessUser } from '../identity';
import { AppHeader } from '../pages/AppHeader';
import { ConnectionStatus } from '../panels/ConnectionStatus';
import { Link } from '../router/Link';

interface EditorHeaderProps {
  user: AwarenessUser;
  connection: ConnectionView;
  sync: SyncView;
  /** Where the compte-rendu is in its review; follows the server live (W10). */
  status: MinutesStatus;
  /** Why this person cannot edit (« Compte-rendu validé »), or null. */
  readOnlyReason: string | null;
  onEditIdentity(): void;
  onShare(): void;
  onExport(): void;
}

/** The editor's header bar: way back, read-only state, document actions, who is typing, link state. */
export function EditorHeader(props: EditorHeaderProps) {
  const { user, connection, sync, status, readOnlyReason, onEditIdentity, onShare, onExport } = props;
  return (
    <AppHeader>
      <Link to="/" className="header-link">
        ← Tous les comptes-rendus
      </Link>
      <div className="header-spacer" />
      {/* A live region: a status moved by someone else is announced, not only shown. */}
      <p className={`document-status document-status--${status}`} role="status" data-testid="document-status">
        <span className="visually-hidden">Statut : </span>
        {statusLabels[status]}
      </p>
      {readOnlyReason && (
        <p className="read-only-badge" data-testid="read-only">
          <strong>Lecture seule</strong>
          <span className="read-only-badge__reason">{readOnlyReason}</span>
        </p>
      )}
      <button type="button" className="button button--small" onClick={onShare}>
        Partager
      </button>
      <button type="button" className="button button--small" onClick={onExport}>
        Exporter
      </button>
      <button
        type="button"
        className="identity-chip identity-chip--button"
        style={{ backgroundColor: user.color }}
        title={caretLabel(user)}
        onClick={onEditIdentity}
        aria-label={`Vous écrivez en tant que ${caretLabel(user)}. Modifier votre identité`}
      >
        {caretLabel(user)}
      </button>
      <ConnectionStatus connection={connection} sync={sync} />
    </AppHeader>
  );
}
