import { yWebsocketWire } from '../protocol/wire';
import { ChildServer } from './childServer';
import type { RunningTarget, Target } from './target';

/** `@y/websocket-server` 0.1.1 with its default, in-memory set-up (see its launcher). */
export const yWebsocketServerTarget: Target = {
  name: 'y-websocket-server',
  holdsState: true,
  keepsDocumentWithoutClients: true,
  measuresIdleDocuments: true,
  async start(): Promise<RunningTarget> {
    // Unset, these keep the reference server in memory only, with no HTTP callback.
    const server = await ChildServer.start('y-websocket-server', 'bench/targets/launchers/yWebsocketServerMain.ts', {
      YPERSISTENCE: undefined,
      CALLBACK_URL: undefined,
    });
    return {
      target: yWebsocketServerTarget,
      get pids() {
        return [server.pid];
      },
      wire: yWebsocketWire,
      // Documents exist as soon as someone connects to their name.
      createDocument: async (title) => title,
      connectionRequest: async (documentName) => ({ url: `ws://127.0.0.1:${server.port}/${documentName}`, headers: {} }),
      output: () => server.output(),
      assertAlive: () => server.assertAlive(),
      memoryReport: () => server.memoryReport(),
      restart: () => server.restart(),
      stop: () => server.stop(),
    };
  },
};
