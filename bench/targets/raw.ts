import { yWebsocketWire } from '../protocol/wire';
import { ChildServer } from './childServer';
import type { RunningTarget, Target } from './target';

/** The physical limit of fan-out on this machine: a relay that only forwards frames (see its launcher). */
export const rawTarget: Target = {
  name: 'raw',
  holdsState: false,
  keepsDocumentWithoutClients: false,
  measuresIdleDocuments: true,
  async start(): Promise<RunningTarget> {
    const server = await ChildServer.start('raw', 'bench/targets/launchers/rawRelayMain.ts', {});
    return {
      target: rawTarget,
      get pids() {
        return [server.pid];
      },
      wire: yWebsocketWire,
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
