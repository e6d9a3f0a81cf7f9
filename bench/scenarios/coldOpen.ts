import { BenchClient } from '../client/benchClient';
import type { RunningTarget } from '../targets/target';
import { sleep, withTimeout } from '../timing';
import { buildMinutesDocument } from './minutesDocument';
import { sameStateVector, stateVectorOf } from './verifyReplicas';

/** Opening a large document that nobody has open. */
export interface ColdOpenParams {
  paragraphs: number;
  paragraphChars: number;
  /** Fresh clients opening the document one after the other, each measured. */
  opens: number;
  /** Pause after each client leaves, so the server can unload the document. */
  settleMs: number;
  openTimeoutMs: number;
}

export interface ColdOpenResult {
  /** For each open: from the fresh client's socket creation to its sync step 2. */
  openMs: number[];
  /** For each open: from socket creation until the client has applied step 2 (synced). */
  syncedMs: number[];
  documentBytes: number;
  /** True where the seeder had to stay connected to keep the document (Hocuspocus in memory). */
  seederStayed: boolean;
}

/** The seed is the same for every target; building it once spares seconds per run. */
const seeds = new Map<string, Uint8Array>();
function seedFor(params: ColdOpenParams): Uint8Array {
  const key = `${params.paragraphs}x${params.paragraphChars}`;
  let seed = seeds.get(key);
  if (!seed) seeds.set(key, (seed = buildMinutesDocument(params.paragraphs, params.paragraphChars)));
  return seed;
}

/**
 * A seeding client brings the document to the server through the sync handshake,
 * waits until the server has it, then leaves; fresh clients then open it one at a
 * time. Only for targets that hold state: the raw relay has nothing to open.
 */
export async function runColdOpen(server: RunningTarget, params: ColdOpenParams, label: string): Promise<ColdOpenResult> {
  if (!server.target.holdsState) throw new Error(`cold open is meaningless on ${server.target.name}`);
  const seed = seedFor(params);
  const documentName = await server.createDocument(`${label}-minutes`);

  const seeder = await BenchClient.connect({ server, documentName, initialState: seed });
  const seederStayed = !server.target.keepsDocumentWithoutClients;
  try {
    await withTimeout(seeder.synced, params.openTimeoutMs, 'seeder sync');
    // Frames of a socket are handled in order: once this answer arrives, the server holds the seed.
    await withTimeout(seeder.requestServerState(), params.openTimeoutMs, 'seeder state confirmation');
    // The seed plus whatever the server put in the document when it was created.
    const expected = stateVectorOf(seeder.doc);
    if (!seederStayed) await seeder.close();
    await sleep(params.settleMs);

    const openMs: number[] = [];
    const syncedMs: number[] = [];
    for (let open = 0; open < params.opens; open++) {
      const reader = await BenchClient.connect({ server, documentName });
      try {
        const syncedAt = await withTimeout(reader.synced, params.openTimeoutMs, `cold open #${open}`);
        openMs.push(syncedAt - reader.startedAt);
        syncedMs.push((reader.step2AppliedAt ?? syncedAt) - reader.startedAt);
        const paragraphs = reader.body.length;
        if (!sameStateVector(stateVectorOf(reader.doc), expected) || paragraphs !== params.paragraphs) {
          throw new Error(`cold open #${open} received a different document (${paragraphs} of ${params.paragraphs} paragraphs)`);
        }
      } finally {
        await reader.close();
      }
      await sleep(params.settleMs);
    }
    server.assertAlive();
    return { openMs, syncedMs, documentBytes: seed.byteLength, seederStayed };
  } finally {
    await seeder.close();
  }
}
