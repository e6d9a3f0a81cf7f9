/**
 * Hocuspocus with its default configuration: no extensions, so documents live in
 * memory only. `quiet` only silences the start banner. Prints its URL once listening.
 */
import { Server } from '@hocuspocus/server';
import { reportMemoryOnSignal } from '../../../server/src/memoryReport';

// The same memory line as Minutier's server answers SIGUSR2 with (process figures only), for the idle-documents breakdown.
reportMemoryOnSignal();

const server = new Server({ port: 0, address: '127.0.0.1', quiet: true });
await server.listen();
console.log(`hocuspocus ready: http://127.0.0.1:${server.address.port}`);
