import { useEffect, useState, useSyncExternalStore } from 'react';
import type { CollaborationSession } from '../editor/collaborationSession';
import type { LocalCopyState } from '../offline/localCopy';
import { describeSync, type SyncView } from './syncStatus';

/**
 * On a healthy connection each keystroke is confirmed within milliseconds; announcing
 * « Modifications en attente » for those would only make the header flicker.
 */
const PENDING_DISPLAY_DELAY_MS = 400;

export interface SyncStatus {
  /** The server's copy of the document, or this device's copy of it, has arrived at least once. */
  loaded: boolean;
  view: SyncView;
  /** This device's copy (issue 19). */
  localCopy: LocalCopyState;
}

export function useSyncStatus({ provider, tracker, localCopy }: CollaborationSession): SyncStatus {
  const [serverLoaded, setServerLoaded] = useState(provider.synced);
  const pending = useSyncExternalStore(
    (onChange) => tracker.subscribe(onChange),
    () => tracker.pending,
  );
  const local = useSyncExternalStore(
    (onChange) => localCopy.subscribe(onChange),
    () => localCopy.state,
  );
  const [showPending, setShowPending] = useState(false);

  useEffect(() => {
    if (provider.synced) setServerLoaded(true);
    const onSync = (synced: boolean) => {
      if (synced) setServerLoaded(true);
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

  // A copy restored from this device can be edited before the server answers (offline).
  const loaded = serverLoaded || local.restored;
  const storedOnDevice = local.mode === 'on' && local.unstoredEdits === 0;
  return { loaded, localCopy: local, view: describeSync({ loaded, pending: pending && showPending, storedOnDevice }) };
}
