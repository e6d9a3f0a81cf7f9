import { BenchClient } from '../client/benchClient';
import { sleep, withTimeout } from '../timing';
import type { UserAction } from './userAction';

const TICK_MS = 10;
const syncTimeoutMs = 60_000;

/**
 * A document whose log holds `updates` small updates, opened cold: a writer types them into
 * a new document as fast as `perTick` keystrokes every 10 ms allow (each keystroke its own
 * update and frame), waits until the server holds them all, and leaves; a fresh client then
 * opens the document. The relay compacts a room's log when its last client leaves (R12), so
 * what the fresh client opens is what that leaves; a log left unfolded by a crash is R25's
 * test (`server/src/relay/longLogOpen.test.ts`).
 */
export function longLogAction(updates: number, perTick: number): UserAction {
  return {
    name: `opening a log of ${updates.toLocaleString('en')} updates (typed, left, opened cold)`,
    async prepare(server) {
      let documents = 0;
      return {
        async once() {
          const documentName = await server.createDocument(`long-log-${documents++}`);
          const writer = await BenchClient.connect({ server, documentName });
          try {
            await withTimeout(writer.synced, syncTimeoutMs, 'writer sync');
            for (let seq = 0; seq < updates; seq++) {
              if (writer.failure) throw writer.failure;
              writer.insertEdit(0, seq);
              if (seq % perTick === perTick - 1) await sleep(TICK_MS);
            }
            await withTimeout(writer.requestServerState(), syncTimeoutMs, 'writer state confirmation');
          } finally {
            await writer.close();
          }
          const reader = await BenchClient.connect({ server, documentName });
          try {
            await withTimeout(reader.synced, syncTimeoutMs, 'cold open');
            if (reader.seenEdits.size !== updates) throw new Error(`cold open received ${reader.seenEdits.size} of ${updates} keystrokes`);
          } finally {
            await reader.close();
          }
        },
      };
    },
  };
}
