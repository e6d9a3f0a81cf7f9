import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import { buildMinutesDocument } from '../scenarios/minutesDocument';
import type { RunningTarget } from '../targets/target';
import { withTimeout } from '../timing';
import type { UserAction } from './userAction';

/** y-protocols' sync message and its steps. */
const MESSAGE_SYNC = 0;
const SYNC_STEP_1 = 0;
const SYNC_STEP_2 = 1;
const timeoutMs = 60_000;

/**
 * A client brings a `paragraphs`-paragraph document (the cold open's 5,000: about 1.3 MB) to
 * a new document through the sync handshake, then leaves: the relay checks it, stores it,
 * derives its indexes (search, measures, « À suivre », annex links) and compacts it as the
 * room closes. The client holds no Y.Doc of its own: integrating 1.3 MB in the harness would
 * delay the fan-out's replicas, which share its event loop.
 */
export function largeDocumentAction(paragraphs: number, paragraphChars: number): UserAction {
  return {
    name: `writing a ${paragraphs.toLocaleString('en')}-paragraph document (sync handshake)`,
    async prepare(server) {
      const seed = buildMinutesDocument(paragraphs, paragraphChars);
      const stateVector = Y.encodeStateVectorFromUpdate(seed);
      let documents = 0;
      const prepared = {
        async once() {
          const documentName = await server.createDocument(`large-${documents++}`);
          await seedDocument(server, documentName, seed, stateVector);
        },
      };
      // The first one loads the indexers, as on a server that has stored documents before.
      await prepared.once();
      return prepared;
    },
  };
}

const syncFrame = (step: number, payload: Uint8Array): Uint8Array => {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SYNC);
  encoding.writeVarUint(encoder, step);
  encoding.writeVarUint8Array(encoder, payload);
  return encoding.toUint8Array(encoder);
};

/**
 * Sends the seed as a sync step 2, then a step 1 with its state vector; a server handles a
 * socket's frames in order, so the step 2 that answers holds the seed stored.
 */
async function seedDocument(server: RunningTarget, documentName: string, seed: Uint8Array, stateVector: Uint8Array): Promise<void> {
  const { url, headers } = await server.connectionRequest(documentName);
  const socket = new WebSocket(url, { headers });
  try {
    await withTimeout(
      new Promise<void>((resolve, reject) => {
        socket.once('open', () => {
          socket.send(syncFrame(SYNC_STEP_2, seed));
          socket.send(syncFrame(SYNC_STEP_1, stateVector));
        });
        socket.on('message', (data: Buffer) => {
          const decoder = decoding.createDecoder(data);
          if (decoding.readVarUint(decoder) === MESSAGE_SYNC && decoding.readVarUint(decoder) === SYNC_STEP_2) resolve();
        });
        socket.once('error', reject);
        socket.once('close', (code, reason) => reject(new Error(`socket closed by the server: ${code} ${reason.toString()}`)));
      }),
      timeoutMs,
      `seeding ${documentName}`,
    );
  } finally {
    if (socket.readyState !== WebSocket.CLOSED) await closeSocket(socket);
  }
}

async function closeSocket(socket: WebSocket): Promise<void> {
  const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
  socket.close(1000);
  await withTimeout(closed, 5_000, 'seeder close').catch(() => socket.terminate());
}
