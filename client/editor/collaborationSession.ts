import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import { EPOCH_PARAM } from '../../shared/protocol/copyEpoch';
import { EVENTS_QUERY_PARAM } from '../../shared/protocol/minutierEvent';
import { SCHEMA_VERSION, SCHEMA_VERSION_PARAM } from '../../shared/schema/schemaVersion';
import { receiveMinutierEvents, type MinutierEvents } from '../comments/minutierEvents';
import type { AwarenessUser } from '../identity';
import { LocalCopy, type LocalCopyPlace } from '../offline/localCopy';
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
  /** This device's copy of the document (mode `off` without one). */
  localCopy: LocalCopy;
  destroy(): void;
}

export interface SessionOptions {
  /**
   * A compte-rendu kept on this device (issue 19): its copy loads into the document before
   * the provider connects, declaring the epoch the page opened with (`minutes.epoch`).
   */
  localCopy?: LocalCopyPlace;
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
  { localCopy: place }: SessionOptions = {},
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
    // `epoch`: the relay refuses a copy from an older epoch before any sync byte (4409).
    params: {
      [SCHEMA_VERSION_PARAM]: String(SCHEMA_VERSION),
      [EVENTS_QUERY_PARAM]: '1',
      ...(place ? { [EPOCH_PARAM]: String(place.minutes.epoch) } : {}),
    },
    connect: false,
  });
  const restoreSyncHandler = interceptSyncMessages(provider, (payload) => tracker.observeIncomingSync(payload));
  const events = receiveMinutierEvents(provider);
  const refusals = watchRefusedEdits(provider);
  // Published before connecting so that others see who we are with our first message.
  provider.awareness.setLocalStateField('user', user);
  const localCopy = new LocalCopy(doc, tracker, () => provider.synced);
  let destroyed = false;
  if (!place) provider.connect();
  else {
    // The copy first, so that what was typed offline is in the document the relay syncs with.
    localCopy
      .start(place)
      .catch((error: unknown) => console.warn('The local copy could not be opened; editing without it', error))
      .finally(() => {
        if (!destroyed) provider.connect();
      });
  }

  return {
    doc,
    provider,
    tracker,
    events,
    refusals,
    localCopy,
    destroy() {
      destroyed = true;
      localCopy.destroy();
      refusals.stop();
      events.stop();
      restoreSyncHandler();
      tracker.destroy();
      provider.destroy();
      doc.destroy();
    },
  };
}
