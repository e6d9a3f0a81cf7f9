import * as Y from 'yjs';
import type { BenchClient } from '../client/benchClient';
import { editKey } from '../client/edit';

/** The clients of one document, and which of them wrote what. */
export interface Room {
  documentName: string;
  clients: readonly BenchClient[];
  /** Writer ids, each held by the client at the same index of `clients`. */
  writerIds: readonly number[];
}

/** Throws if any client's socket closed or erred, or if it could not read a frame. */
export function verifyClientsHealthy(rooms: readonly Room[]): void {
  for (const room of rooms) {
    room.clients.forEach((client, index) => {
      if (client.failure) throw new Error(`client ${index} of ${room.documentName} failed: ${client.failure.message}`);
    });
  }
}

/** Throws unless every client integrated every edit of every other writer of its document. */
export function verifyNoEditLost(rooms: readonly Room[], editsPerWriter: number): void {
  const problems: string[] = [];
  for (const room of rooms) {
    room.clients.forEach((client, index) => {
      room.writerIds.forEach((writer, writerIndex) => {
        if (writerIndex === index) return;
        let missing = 0;
        let firstMissing = -1;
        for (let seq = 0; seq < editsPerWriter; seq++) {
          if (client.seenEdits.has(editKey(writer, seq))) continue;
          missing++;
          if (firstMissing < 0) firstMissing = seq;
        }
        if (missing > 0) {
          problems.push(`client ${index} of ${room.documentName} lacks ${missing} edits of writer ${writer} (first: #${firstMissing})`);
        }
      });
    });
  }
  if (problems.length > 0) {
    throw new Error(`edits lost on ${problems.length} replica/writer pairs:\n  ${problems.slice(0, 10).join('\n  ')}`);
  }
}

/** Throws unless all replicas of each document hold the same state and the same body. */
export function verifyConverged(rooms: readonly Room[]): void {
  for (const room of rooms) {
    const [reference, ...others] = room.clients;
    if (!reference) continue;
    const body = reference.body.toString();
    others.forEach((client, offset) => {
      if (!sameStateVector(stateVectorOf(reference.doc), stateVectorOf(client.doc)) || client.body.toString() !== body) {
        throw new Error(`replicas of ${room.documentName} diverged: client ${offset + 1} differs from client 0`);
      }
    });
  }
}

export const stateVectorOf = (doc: Y.Doc): Map<number, number> => Y.decodeStateVector(Y.encodeStateVector(doc));

/** Compares decoded state vectors: equal maps, whatever their encoding order. */
export function sameStateVector(a: Map<number, number>, b: Map<number, number>): boolean {
  return a.size === b.size && [...a].every(([client, clock]) => b.get(client) === clock);
}
