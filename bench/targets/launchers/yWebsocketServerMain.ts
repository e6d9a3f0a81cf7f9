/**
 * The reference y-websocket server as its README sets it up: an HTTP server whose
 * upgrades go to a `ws` WebSocketServer handing each socket to `setupWSConnection`.
 * Documents live in memory (no YPERSISTENCE). Prints its URL once listening.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setupWSConnection } from '@y/websocket-server/utils';
import { WebSocketServer } from 'ws';
import { reportMemoryOnSignal } from '../../../server/src/memoryReport';

// The same memory line as Minutier's server answers SIGUSR2 with (process figures only), for the idle-documents breakdown.
reportMemoryOnSignal();

const wss = new WebSocketServer({ noServer: true });
wss.on('connection', setupWSConnection);

const server = createServer((_request, response) => {
  response.writeHead(200, { 'Content-Type': 'text/plain' });
  response.end('okay');
});
server.on('upgrade', (request, socket, head) => {
  wss.handleUpgrade(request, socket, head, (ws) => wss.emit('connection', ws, request));
});
server.listen(0, '127.0.0.1', () => {
  console.log(`y-websocket-server ready: http://127.0.0.1:${(server.address() as AddressInfo).port}`);
});
