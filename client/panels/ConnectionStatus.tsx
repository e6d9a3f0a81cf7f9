import type { ConnectionView } from '../connection/connectionState';
import type { SyncView } from '../connection/syncStatus';

interface ConnectionStatusProps {
  connection: ConnectionView;
  sync: SyncView;
}

/** The always-visible link and save state in the editor header (the why, if any, is a banner). */
export function ConnectionStatus({ connection, sync }: ConnectionStatusProps) {
  return (
    <div className="connection-status">
      <span
        role="status"
        data-testid="connection-status"
        data-tone={connection.tone}
        className={`status-pill status-pill--${connection.tone}`}
      >
        <span className="status-dot" aria-hidden="true" />
        {connection.label}
      </span>
      <span
        role="status"
        data-testid="sync-status"
        data-pending={sync.pending}
        className={`sync-state${sync.pending ? ' sync-state--pending' : ''}`}
      >
        {sync.label}
      </span>
    </div>
  );
}
