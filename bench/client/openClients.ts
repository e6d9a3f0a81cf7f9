import type { RunningTarget } from '../targets/target';
import { mapWithConcurrency, withTimeout } from '../timing';
import { BenchClient, type BenchClientOptions } from './benchClient';

export interface OpenClientsOptions {
  /** Sockets opening at once; more would only measure the server's accept backlog. */
  concurrency: number;
  /** For each client, from its socket's creation to its sync step 2. */
  syncTimeoutMs: number;
}

/**
 * Connects one client per entry and waits until each is synced. On any failure,
 * closes the clients already open before rethrowing, so no socket outlives a run.
 */
export async function openSyncedClients(
  server: RunningTarget,
  clients: ReadonlyArray<Omit<BenchClientOptions, 'server'>>,
  { concurrency, syncTimeoutMs }: OpenClientsOptions,
): Promise<BenchClient[]> {
  const opened: BenchClient[] = [];
  try {
    return await mapWithConcurrency(clients, concurrency, async (options) => {
      const client = await BenchClient.connect({ ...options, server });
      opened.push(client);
      await withTimeout(client.synced, syncTimeoutMs, `sync of a client of ${options.documentName} on ${server.target.name}`);
      return client;
    });
  } catch (error) {
    await Promise.all(opened.map((client) => client.close()));
    throw error;
  }
}
