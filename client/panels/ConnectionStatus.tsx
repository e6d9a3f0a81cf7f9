import type { ConnectionView } from '../connection/connectionState';
import type { SyncView } from '../connection/syncStatus';
import { useConnectionAnnouncements } from '../connection/useConnectionAnnouncements';

interface ConnectionStatusProps {
  connection: ConnectionView;
  sync: SyncView;
}

/**
 * The always-visible link and save state in the editor header (the why, if any, is a banner).
 * Neither is a live region: the save state changes with every keystroke, which a screen reader
 * would read over the typing; the link's losses and returns are announced on their own.
 */
export function ConnectionStatus({ connection, sync }: ConnectionStatusProps) {
  useConnectionAnnouncements(connection);
  return (
    <div className="connection-status">
      <span data-testid="connection-status" data-tone={connection.tone} className={`status-pill status-pill--${connection.tone}`}>
        <span className="status-dot" aria-hidden="true" />
        {connection.label}
      </span>
      <span data-testid="sync-status" data-pending={sync.pending} className={`sync-state${sync.pending ? ' sync-state--pending' : ''}`}>
        {sync.label}
      </span>
    </div>
  );
}
