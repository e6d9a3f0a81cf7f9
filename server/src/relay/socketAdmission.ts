import type { Duplex } from 'node:stream';
import type { WebSocket } from 'ws';
import { CloseCode } from '../../../shared/protocol/closeCodes';
import { SCHEMA_VERSION } from '../../../shared/schema/schemaVersion';
import type { DocumentAccess } from '../../../shared/api/roles';
import type { Logger } from '../log';
import { Connection, type ConnectionOwner } from './connection';
import type { RefusalBudget } from './refusalBudget';
import { type CopyEpoch, copyRefusal } from './staleCopy';

/** What the upgrade request was authenticated and authorised for. */
export interface SocketGrant {
  /** Undefined when no valid session or token came with the upgrade. */
  owner: ConnectionOwner | undefined;
  access: DocumentAccess;
  schemaVersion: string | undefined;
  /** The connection asked for Minutier events (`?events=1`). */
  events?: boolean;
  /** The epoch of the offline copy it brings (`?epoch=`, R29); absent for a client with none. */
  epoch?: CopyEpoch;
}

/**
 * The connection a freshly upgraded socket opens on `documentId`, or undefined when it is
 * closed at once: no account, no access, a user held off the document (R6), an editor older
 * than the schema, an offline copy from an older epoch (R29). `schemaVersion` is what the
 * editor declared (`?schema=`); scripts that do not render the body declare none.
 */
export function admitSocket(
  socket: WebSocket,
  stream: Duplex,
  documentId: string,
  grant: SocketGrant,
  refusals: RefusalBudget,
  logger: Logger,
): Connection | undefined {
  if (!grant.owner) {
    logger.warn('relay.unauthenticated', { doc: documentId });
    socket.close(CloseCode.unauthenticated, 'authentication required');
    return undefined;
  }
  if (grant.access === 'none') {
    // Same answer as for a missing document: no existence leak across collectives.
    logger.warn('relay.unknown_document', { doc: documentId, user: grant.owner.userId });
    socket.close(CloseCode.unknownDocument, 'unknown document');
    return undefined;
  }
  const connection = new Connection(socket, stream, documentId, grant.owner, grant.access);
  if (refusals.exhausted(grant.owner.userId, documentId)) {
    logger.warn('relay.held_off', { doc: documentId, user: grant.owner.userId });
    connection.close(CloseCode.tooManyMessages, 'too many refused updates: try again later');
    return undefined;
  }
  const { schemaVersion } = grant;
  if (schemaVersion !== undefined) {
    const declared = Number(schemaVersion);
    if (!Number.isInteger(declared) || declared < SCHEMA_VERSION) {
      logger.warn('relay.outdated_schema', { doc: documentId, declared: schemaVersion, current: SCHEMA_VERSION });
      connection.close(CloseCode.outdatedSchema, 'outdated schema: reload the editor');
      return undefined;
    }
  }
  const refusal = grant.epoch && copyRefusal(grant.epoch);
  if (refusal) {
    logger.warn(refusal.event, { doc: documentId, user: grant.owner.userId, ...grant.epoch });
    connection.close(refusal.code, refusal.reason);
    return undefined;
  }
  return connection;
}
