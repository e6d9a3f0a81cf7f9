import { hocuspocusWire } from '../protocol/hocuspocusWire';
import { ChildServer } from './childServer';
import type { RunningTarget, Target } from './target';

/** `@hocuspocus/server` 4.x with its default, in-memory configuration (see its launcher). */
export const hocuspocusTarget: Target = {
  name: 'hocuspocus',
  holdsState: true,
  // With no persistence extension, a document is unloaded (and lost) when its last client leaves.
  keepsDocumentWithoutClients: false,
  measuresIdleDocuments: true,
  async start(): Promise<RunningTarget> {
    const server = await ChildServer.start('hocuspocus', 'bench/targets/launchers/hocuspocusMain.ts', {});
    return {
      target: hocuspocusTarget,
      get pids() {
        return [server.pid];
      },
      wire: hocuspocusWire(),
      createDocument: async (title) => title,
      // One socket per client and document; the document name travels in every frame.
      connectionRequest: async () => ({ url: `ws://127.0.0.1:${server.port}`, headers: {} }),
      output: () => server.output(),
      assertAlive: () => server.assertAlive(),
      memoryReport: () => server.memoryReport(),
      restart: () => server.restart(),
      stop: () => server.stop(),
    };
  },
};
