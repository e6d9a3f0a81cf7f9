/**
 * The raw baseline: each frame is forwarded, as is, to the other sockets of its room
 * (the URL path). No CRDT, no storage, no sync: the least work a fan-out relay can do.
 * Prints its URL once listening.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type WebSocket, WebSocketServer } from 'ws';
import { reportMemoryOnSignal } from '../../../server/src/memoryReport';

// The same memory line as Minutier's server answers SIGUSR2 with (process figures only), for the idle-documents breakdown.
reportMemoryOnSignal();

const rooms = new Map<string, Set<WebSocket>>();

const wss = new WebSocketServer({ noServer: true });
wss.on('connection', (socket: WebSocket, roomName: string) => {
  const room = rooms.get(roomName) ?? new Set<WebSocket>();
  rooms.set(roomName, room);
  room.add(socket);
  socket.on('message', (data, isBinary) => {
    for (const peer of room) {
      if (peer !== socket && peer.readyState === peer.OPEN) peer.send(data, { binary: isBinary });
    }
  });
  socket.on('close', () => {
    room.delete(socket);
    if (room.size === 0) rooms.delete(roomName);
  });
});

const server = createServer((_request, response) => {
  response.writeHead(404);
  response.end();
});
server.on('upgrade', (request, socket, head) => {
  const roomName = (request.url ?? '/').split('?')[0]!;
  wss.handleUpgrade(request, socket, head, (ws) => wss.emit('connection', ws, roomName));
});
server.listen(0, '127.0.0.1', () => {
  console.log(`raw relay ready: http://127.0.0.1:${(server.address() as AddressInfo).port}`);
});
