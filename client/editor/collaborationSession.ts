import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import { EVENTS_QUERY_PARAM } from '../../shared/protocol/minutierEvent';
import { SCHEMA_VERSION, SCHEMA_VERSION_PARAM } from '../../shared/schema/schemaVersion';
import { receiveMinutierEvents, type MinutierEvents } from '../comments/minutierEvents';
import type { AwarenessUser } from '../identity';
import { SyncTracker } from './syncTracker';
import { interceptSyncMessages } from './interceptSyncMessages';
import { type RefusedEdits, watchRefusedEdits } from './refusedEdits';

/** Everything one open compte-rendu needs to collaborate, created and destroyed together. */
export interface CollaborationSession {
  doc: Y.Doc;
  provider: WebsocketProvider;
  tracker: SyncTracker;
  /** The server's notices about what is kept outside the CRDT (comment threads). */
  events: MinutierEvents;
  /** Set once the relay refused one of our updates (a suggestion-only member's direct edit). */
  refusals: RefusedEdits;
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
    // `events` opts in to the server's notices (comment threads changed), which stock clients never get.
    params: { [SCHEMA_VERSION_PARAM]: String(SCHEMA_VERSION), [EVENTS_QUERY_PARAM]: '1' },
    connect: false,
  });
  const restoreSyncHandler = interceptSyncMessages(provider, (payload) => tracker.observeIncomingSync(payload));
  const events = receiveMinutierEvents(provider);
  const refusals = watchRefusedEdits(provider);
  // Published before connecting so that others see who we are with our first message.
  provider.awareness.setLocalStateField('user', user);
  provider.connect();

  return {
    doc,
    provider,
    tracker,
    events,
    refusals,
    destroy() {
      refusals.stop();
      events.stop();
      restoreSyncHandler();
      tracker.destroy();
      provider.destroy();
      doc.destroy();
    },
  };
}
