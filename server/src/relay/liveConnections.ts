import type { DocumentAccess } from '../../../shared/api/roles';
import { CloseCode } from '../../../shared/protocol/closeCodes';
import type { Connection } from './connection';

/** Every open connection of the relay, whatever its room, for what rights changes close. */
export class LiveConnections {
  private readonly all = new Set<Connection>();

  add(connection: Connection): void {
    this.all.add(connection);
  }

  delete(connection: Connection): void {
    this.all.delete(connection);
  }

  /** Closes the connections `match` picks. */
  close(match: (connection: Connection) => boolean, code: number, reason: string): void {
    for (const connection of this.all) if (match(connection)) connection.close(code, reason);
  }

  /**
   * Asks `accessOf` again for the connections `match` picks (R19, R20): without access
   * left they close with 4403, with other access with 4503 so the client reconnects.
   */
  async recheck(
    match: (connection: Connection) => boolean,
    accessOf: (userId: string, documentId: string) => Promise<DocumentAccess>,
  ): Promise<void> {
    for (const connection of [...this.all].filter(match)) {
      const access = await accessOf(connection.owner.userId, connection.documentId);
      if (access === 'none') connection.close(CloseCode.forbidden, 'access withdrawn');
      else if (access !== connection.access) connection.close(CloseCode.rightsChanged, 'rights changed');
    }
  }
}
