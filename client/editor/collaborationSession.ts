import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import { SCHEMA_VERSION, SCHEMA_VERSION_PARAM } from '../../shared/schema/schemaVersion';
import type { AwarenessUser } from '../identity';
import { SyncTracker } from './syncTracker';
import { interceptSyncMessages } from './interceptSyncMessages';

/** Everything one open compte-rendu needs to collaborate, created and destroyed together. */
export interface CollaborationSession {
  doc: Y.Doc;
  provider: WebsocketProvider;
  tracker: SyncTracker;
  destroy(): void;
}

/** The relay's base URL on the server that served the page (the document id is appended). */
export function relayUrl(location: Pick<Location, 'protocol' | 'host'>): string {
  const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
  return `${scheme}://${location.host}/collab`;
}

export function createCollaborationSession(
  documentId: string,
  user: AwarenessUser,
  location: Pick<Location, 'protocol' | 'host'> = window.location,
): CollaborationSession {
  // Version history reads deleted content back, so it must never be garbage-collected.
  const doc = new Y.Doc({ gc: false });
  const tracker = new SyncTracker(doc);
  const provider = new WebsocketProvider(relayUrl(location), documentId, doc, {
    // BroadcastChannel off: two tabs of the same browser must really go through the server.
    disableBc: true,
    // The relay refuses editors whose schema is older than the stored documents', because
    // the Yjs binding would delete every node it does not know and sync that deletion.
    params: { [SCHEMA_VERSION_PARAM]: String(SCHEMA_VERSION) },
    connect: false,
  });
  const restoreSyncHandler = interceptSyncMessages(provider, (payload) => tracker.observeIncomingSync(payload));
  // Published before connecting so that others see who we are with our first message.
  provider.awareness.setLocalStateField('user', user);
  provider.connect();

  return {
    doc,
    provider,
    tracker,
    destroy() {
      restoreSyncHandler();
      tracker.destroy();
      provider.destroy();
      doc.destroy();
    },
  };
}
