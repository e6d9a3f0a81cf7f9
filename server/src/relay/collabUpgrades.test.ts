import { get } from 'node:http';
import { connect } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openRawSocket } from '../testing/rawSocket';
import { type TestServer, startTestServer } from '../testing/testServer';

/** Sends a WebSocket upgrade request by hand and returns the first line of the answer. */
function upgradeStatusLine(url: string, path: string): Promise<string> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => {
      socket.write(
        `GET ${path} HTTP/1.1\r\nHost: ${hostname}:${port}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n` +
          'Sec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n',
      );
    });
    let answer = '';
    socket.on('data', (chunk) => {
      answer += chunk.toString();
      if (answer.includes('\r\n')) {
        resolve(answer.slice(0, answer.indexOf('\r\n')));
        socket.destroy();
      }
    });
    socket.on('error', reject);
  });
}

describe('relay upgrades', () => {
  let server: TestServer;
  beforeEach(async () => {
    server = await startTestServer();
  });
  afterEach(async () => {
    await server.close();
  });

  it('an upgrade anywhere but /collab/<id> is answered over HTTP, never with a socket', async () => {
    expect(await upgradeStatusLine(server.url, '/api/minutes')).toMatch(/^HTTP\/1\.1 [45]\d\d /);
    expect(await upgradeStatusLine(server.url, '/elsewhere')).toMatch(/^HTTP\/1\.1 [45]\d\d /);
  });

  it('an ordinary request that merely carries an Upgrade header keeps the security headers', async () => {
    const headers = await new Promise<Record<string, unknown>>((resolve, reject) => {
      get(`${server.url}/healthz`, { headers: { upgrade: 'websocket' } }, (response) => {
        response.resume();
        resolve(response.headers);
      }).on('error', reject);
    });
    expect(headers['x-content-type-options']).toBe('nosniff');
  });

  it('clients that drop their socket while the upgrade is being checked leave the server serving', async () => {
    const id = await server.createDocument();
    const { hostname, port } = new URL(server.url);
    const dropped = ['/api/minutes', `/collab/${id}?token=${server.admin.token}`, `/collab/${id}`].flatMap((path) =>
      Array.from({ length: 10 }, () =>
        new Promise<void>((resolve) => {
          const socket = connect(Number(port), hostname, () => {
            socket.write(
              `GET ${path} HTTP/1.1\r\nHost: ${hostname}:${port}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n` +
                'Sec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n',
            );
            socket.resetAndDestroy();
          });
          socket.on('error', () => undefined);
          socket.on('close', () => resolve());
        }),
      ),
    );
    await Promise.all(dropped);
    const raw = openRawSocket(server.collabUrl, id, { token: server.admin.token });
    await raw.opened;
    raw.socket.close();
  });
});
