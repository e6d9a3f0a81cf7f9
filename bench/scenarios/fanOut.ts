import type { BenchClient } from '../client/benchClient';
import { openSyncedClients } from '../client/openClients';
import { sampleProcesses } from '../metrics/procStats';
import type { RunningTarget } from '../targets/target';
import { sleep, waitUntil } from '../timing';
import { type Room, verifyClientsHealthy, verifyConverged, verifyNoEditLost } from './verifyReplicas';

/** Live co-editing: documents whose first clients type while all the others receive. */
export interface FanOutParams {
  documents: number;
  clientsPerDocument: number;
  writersPerDocument: number;
  /** Per writer. */
  editsPerSecond: number;
  durationMs: number;
  /** How long after the last edit every replica may take to integrate every edit. */
  drainTimeoutMs: number;
  connectConcurrency: number;
  syncTimeoutMs: number;
}

export interface FanOutResult {
  /** For every edit and every replica but its writer's: from the edit to its integration. */
  delaysMs: number[];
  /** Server CPU time from the first edit until every replica had every edit, its processes' summed. */
  cpuSeconds: number;
  /** Server peak resident memory over its whole life (it was started for this run), its processes' peaks summed. */
  peakRssBytes: number;
  /** Each process's own peak, in the order of `RunningTarget.pids`. */
  peakRssPerProcessBytes: number[];
  editsMade: number;
}

export const editsPerWriter = (params: FanOutParams): number =>
  Math.max(1, Math.round((params.editsPerSecond * params.durationMs) / 1000));

/** Runs the scenario on a freshly started server; throws if any edit is lost or any replica diverges. */
export async function runFanOut(server: RunningTarget, params: FanOutParams, label: string): Promise<FanOutResult> {
  const delaysMs: number[] = [];
  const onRemoteEdit = (_edit: unknown, delayMs: number) => void delaysMs.push(delayMs);
  const documentNames: string[] = [];
  for (let index = 0; index < params.documents; index++) documentNames.push(await server.createDocument(`${label}-${index}`));

  const clients = await openSyncedClients(
    server,
    documentNames.flatMap((documentName) => Array.from({ length: params.clientsPerDocument }, () => ({ documentName, onRemoteEdit }))),
    { concurrency: params.connectConcurrency, syncTimeoutMs: params.syncTimeoutMs },
  );
  try {
    const rooms: Room[] = documentNames.map((documentName, index) => ({
      documentName,
      clients: clients.slice(index * params.clientsPerDocument, (index + 1) * params.clientsPerDocument),
      writerIds: Array.from({ length: params.writersPerDocument }, (_, writer) => index * params.writersPerDocument + writer),
    }));
    const perWriter = editsPerWriter(params);
    const expectedDeliveries = params.documents * params.writersPerDocument * perWriter * (params.clientsPerDocument - 1);
    const anyFailed = () => clients.some((client) => client.failure !== undefined);

    const before = sampleProcesses(server.pids);
    await runWriters(rooms, perWriter, 1000 / params.editsPerSecond);
    await waitUntil(() => delaysMs.length >= expectedDeliveries || anyFailed(), params.drainTimeoutMs);
    const after = sampleProcesses(server.pids);

    server.assertAlive();
    verifyClientsHealthy(rooms);
    verifyNoEditLost(rooms, perWriter);
    verifyConverged(rooms);
    return {
      delaysMs,
      cpuSeconds: after.cpuSeconds - before.cpuSeconds,
      peakRssBytes: after.peakRssBytes,
      peakRssPerProcessBytes: after.perProcess.map((sample) => sample.peakRssBytes),
      editsMade: rooms.length * params.writersPerDocument * perWriter,
    };
  } finally {
    await Promise.all(clients.map((client) => client.close()));
  }
}

/**
 * Every writer makes `count` edits, one per period, on a fixed schedule (a writer
 * that falls behind catches up rather than drifting). Writers are spread evenly
 * over the period so their edits do not all land on the server at once.
 */
async function runWriters(rooms: readonly Room[], count: number, periodMs: number): Promise<void> {
  const writers = rooms.flatMap((room) => room.writerIds.map((writerId, index) => ({ writerId, client: room.clients[index]! })));
  const startAt = performance.now();
  await Promise.all(
    writers.map(({ writerId, client }, index) =>
      writeOnSchedule(client, writerId, count, periodMs, startAt + (index / writers.length) * periodMs),
    ),
  );
}

async function writeOnSchedule(client: BenchClient, writerId: number, count: number, periodMs: number, firstAt: number): Promise<void> {
  for (let seq = 0; seq < count; seq++) {
    const wait = firstAt + seq * periodMs - performance.now();
    if (wait > 0) await sleep(wait);
    // A dead client is reported by the verification; typing on into a closed socket would only add noise.
    if (client.failure) return;
    client.insertEdit(writerId, seq);
  }
}
