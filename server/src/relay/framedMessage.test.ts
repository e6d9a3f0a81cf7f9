import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket, WebSocketServer } from 'ws';
import { framedMessage } from './framedMessage';

describe('framedMessage', () => {
  let server: WebSocketServer;
  let url: string;
  beforeAll(async () => {
    server = new WebSocketServer({ port: 0, host: '127.0.0.1' });
    await new Promise<void>((resolve) => server.once('listening', () => resolve()));
    url = `ws://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('is read by a stock ws client as the binary message it frames, at every length encoding', async () => {
    const lengths = [0, 1, 125, 126, 127, 65_535, 65_536, 200_000];
    const payloads = lengths.map((length) => Uint8Array.from({ length }, (_, i) => (i * 31 + length) & 0xff));
    server.once('connection', (_socket, request) => {
      for (const payload of payloads) request.socket.write(framedMessage(payload));
    });
    const client = new WebSocket(url);
    const received: Uint8Array[] = [];
    await new Promise<void>((resolve, reject) => {
      client.on('message', (data: Buffer, isBinary) => {
        expect(isBinary).toBe(true);
        received.push(new Uint8Array(data));
        if (received.length === payloads.length) resolve();
      });
      client.on('error', reject);
    });
    client.close();
    expect(received.map((bytes) => bytes.length)).toEqual(lengths);
    expect(received).toEqual(payloads);
  });
});
