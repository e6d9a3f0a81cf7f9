import type { DocumentAccess } from '../../../../shared/api/roles';
import { CloseCode } from '../../../../shared/protocol/closeCodes';
import type { Connection } from '../connection';
import type { DocumentEvents } from '../documentEvents';
import type { LiveConnections } from '../liveConnections';
import type { OpenRooms } from '../openRooms';
import type { ClusterBus, ControlMessage } from './clusterBus';

/** What control messages act on, on this instance. */
export interface ControlTargets {
  live: LiveConnections;
  events: DocumentEvents;
  rooms: OpenRooms;
  /** A user's current access to a document (for re-checks after rights change). */
  accessOf: (userId: string, documentId: string) => Promise<DocumentAccess>;
}

/**
 * Changes to connections and rooms that hold on every instance (C4): rights re-checked,
 * credentials revoked, documents frozen or deleted, events told. Each is done here and
 * published; what the other instances publish is done here too.
 */
export class ControlMessages {
  constructor(
    private readonly bus: ClusterBus,
    private readonly targets: ControlTargets,
  ) {
    bus.onControl((message) => void this.apply(message));
  }

  /** Does it here and tells the other instances to do it to their connections (C4). */
  everywhere(message: ControlMessage): Promise<void> {
    this.bus.publishControl(message);
    return this.apply(message);
  }

  /** What a control message asks of this instance's connections and rooms. */
  private async apply(message: ControlMessage): Promise<void> {
    const { live, events, rooms, accessOf } = this.targets;
    const onDocument = (documentId: string) => (connection: Connection) => connection.documentId === documentId;
    switch (message.kind) {
      case 'notify':
        events.publish(message.documentId, message.event);
        return;
      case 'closeCredential': {
        const { credential, id } = message;
        live.close(({ owner }) => owner.credential.kind === credential && owner.credential.id === id, CloseCode.unauthenticated, 'credential revoked');
        return;
      }
      case 'recheckUser':
        await live.recheck((connection) => connection.owner.userId === message.userId, accessOf);
        return;
      case 'recheckDocument':
        await live.recheck(onDocument(message.documentId), accessOf);
        return;
      case 'setFrozen': {
        const room = await rooms.openFor(message.documentId);
        if (room) room.frozen = message.frozen;
        live.close(onDocument(message.documentId), CloseCode.rightsChanged, message.frozen ? 'validated' : 'reopened');
        return;
      }
      case 'closeDocument':
        live.close(onDocument(message.documentId), CloseCode.unknownDocument, 'document deleted');
        return;
    }
  }
}
