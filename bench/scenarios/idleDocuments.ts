import { openSyncedClients } from '../client/openClients';
import { type MemoryBreakdown, memoryBreakdown } from '../metrics/memoryBreakdown';
import { sampleProcesses } from '../metrics/procStats';
import type { RunningTarget } from '../targets/target';
import { mapWithConcurrency, sleep } from '../timing';
import type { Room } from './verifyReplicas';
import { verifyClientsHealthy } from './verifyReplicas';

/** Many documents open at once, each by one client that does nothing. */
export interface IdleDocumentsParams {
  documents: number;
  connectConcurrency: number;
  syncTimeoutMs: number;
  /** Pause before each memory reading, for the server to finish what the last step started. */
  settleMs: number;
}

export interface IdleDocumentsResult {
  rssBeforeBytes: number;
  rssAfterBytes: number;
  /** (after − before) / documents: what one open idle document (and its socket) costs the server. */
  bytesPerDocument: number;
  /** Where that memory went, per open document, by the server's own account; undefined if it gives none. */
  breakdown: MemoryBreakdown | undefined;
}

/**
 * Documents are created first (creating is not opening), then the server restarts so
 * that both memory readings come from a fresh heap: otherwise the free heap left by
 * the creation requests would absorb, and hide, what opening the documents costs.
 */
export async function runIdleDocuments(server: RunningTarget, params: IdleDocumentsParams, label: string): Promise<IdleDocumentsResult> {
  const connect = { concurrency: params.connectConcurrency, syncTimeoutMs: params.syncTimeoutMs };
  const [warmUpName, ...documentNames] = await mapWithConcurrency(
    Array.from({ length: params.documents + 1 }, (_, index) => `${label}-${index}`),
    params.connectConcurrency,
    (title) => server.createDocument(title),
  );
  await server.restart();
  // One document opened and closed first, so code loaded on first use is not counted per document.
  const warmUp = await openSyncedClients(server, [{ documentName: warmUpName! }], connect);
  await Promise.all(warmUp.map((client) => client.close()));
  await sleep(params.settleMs);
  // The report collects garbage first: before the /proc reading, so that garbage left by the
  // warm-up is not freed between the two readings and taken off what the documents cost.
  const reportBefore = await server.memoryReport();
  const before = sampleProcesses(server.pids);

  const clients = await openSyncedClients(server, documentNames.map((documentName) => ({ documentName })), connect);
  try {
    await sleep(params.settleMs);
    const after = sampleProcesses(server.pids);
    const reportAfter = await server.memoryReport();
    server.assertAlive();
    const rooms: Room[] = documentNames.map((documentName, index) => ({ documentName, clients: [clients[index]!], writerIds: [] }));
    verifyClientsHealthy(rooms);
    return {
      rssBeforeBytes: before.rssBytes,
      rssAfterBytes: after.rssBytes,
      bytesPerDocument: (after.rssBytes - before.rssBytes) / params.documents,
      breakdown: reportBefore && reportAfter ? memoryBreakdown(reportBefore, reportAfter, params.documents) : undefined,
    };
  } finally {
    await Promise.all(clients.map((client) => client.close()));
  }
}
