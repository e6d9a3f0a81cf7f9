import { useEffect, useState, useSyncExternalStore } from 'react';
import type { CollaborationSession } from '../editor/collaborationSession';
import { describeSync, type SyncView } from './syncStatus';

/**
 * On a healthy connection each keystroke is confirmed within milliseconds; announcing
 * « Modifications en attente » for those would only make the header flicker.
 */
const PENDING_DISPLAY_DELAY_MS = 400;

export interface SyncStatus {
  /** The server's copy of the document has arrived at least once. */
  loaded: boolean;
  view: SyncView;
}

export function useSyncStatus({ provider, tracker }: CollaborationSession): SyncStatus {
  const [loaded, setLoaded] = useState(provider.synced);
  const pending = useSyncExternalStore(
    (onChange) => tracker.subscribe(onChange),
    () => tracker.pending,
  );
  const [showPending, setShowPending] = useState(false);

  useEffect(() => {
    if (provider.synced) setLoaded(true);
    const onSync = (synced: boolean) => {
      if (synced) setLoaded(true);
    };
    provider.on('sync', onSync);
    return () => provider.off('sync', onSync);
  }, [provider]);

  useEffect(() => {
    if (!pending) {
      setShowPending(false);
      return;
    }
    const timer = setTimeout(() => setShowPending(true), PENDING_DISPLAY_DELAY_MS);
    return () => clearTimeout(timer);
  }, [pending]);

  return { loaded, view: describeSync({ loaded, pending: pending && showPending }) };
}
