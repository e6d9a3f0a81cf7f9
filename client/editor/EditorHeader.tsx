import { type MinutesStatus, statusLabels } from '../../shared/api/review';
import type { ConnectionView } from '../connection/connectionState';
import type { SyncView } from '../connection/syncStatus';
import { elides, queName } from '../../shared/text/frenchElision';
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
  onShare(): void;
  onExport(): void;
  /** « Envoyer… »: given to the coordination of a validated compte-rendu only (D1). */
  onSend?(): void;
}

/** The editor's header bar: way back, read-only state, document actions, who is typing, link state. */
export function EditorHeader(props: EditorHeaderProps) {
  const { user, connection, sync, status, readOnlyReason, onShare, onExport, onSend } = props;
  return (
    <AppHeader className="app-header--editor">
      <Link to="/" className="header-link header-back">
        {/* On a narrow window the bar shows « ← Liste »; the link's name stays the whole phrase. */}
        ← <span className="header-back__words">Tous les comptes-rendus</span>
        <span className="header-back__short" aria-hidden="true">
          Liste
        </span>
      </Link>
      <div className="header-spacer" />
      {/* Not a live region: the page announces each move of the status (statusAnnouncement). */}
      <p className={`document-status document-status--${status}`} data-testid="document-status">
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
      {onSend && (
        <button type="button" className="button button--small" onClick={onSend}>
          Envoyer…
        </button>
      )}
      {/* The account's name and association: the others see exactly this next to the caret (R22). */}
      <span
        className="identity-chip"
        style={{ backgroundColor: user.color }}
        title={`Vous écrivez en tant ${queName(caretLabel(user))}`}
        data-testid="identity-chip"
      >
        <span className="visually-hidden">{elides(caretLabel(user)) ? 'Vous écrivez en tant qu’' : 'Vous écrivez en tant que '}</span>
        {caretLabel(user)}
      </span>
      <ConnectionStatus connection={connection} sync={sync} />
    </AppHeader>
  );
}
