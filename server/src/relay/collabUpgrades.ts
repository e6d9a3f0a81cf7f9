import { type IncomingMessage, STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import type { ServerType } from '@hono/node-server';
import { WebSocketServer } from 'ws';
import type { Relay } from './relay';
import type { SocketGrant } from './socketAdmission';

/** What the app's `/collab/:id` route decided for one upgrade request. */
export interface CollabAdmission {
  documentId: string;
  grant: SocketGrant;
}

/** The bindings an upgrade request is dispatched with: @hono/node-server's, marked as an upgrade. */
export interface UpgradeEnv {
  incoming: IncomingMessage;
  outgoing: undefined;
  upgrade: true;
}

/** The upgrade bindings if the app is answering an upgrade request, for routes and middleware. */
export function upgradeEnvOf(env: unknown): UpgradeEnv | undefined {
  return typeof env === 'object' && env !== null && (env as Partial<UpgradeEnv>).upgrade === true ? (env as UpgradeEnv) : undefined;
}

/** The part of the Hono app that upgrades go through. */
export interface UpgradeDispatcher {
  request(url: URL, init: RequestInit, env: UpgradeEnv): Response | Promise<Response>;
}

/**
 * The relay's WebSocket upgrades. The app still decides: each upgrade request goes
 * through its routes, and the `/collab/:id` route authenticates, checks rights and
 * `admit`s the request with a plain grant. Only that grant reaches the socket, so
 * nothing of the upgrade (Request, Headers, Hono context) lives as long as the
 * connection, as it did with @hono/node-ws, which also copied every incoming frame
 * into a MessageEvent nobody read.
 */
export class CollabUpgrades {
  private readonly wss: WebSocketServer;
  private readonly admitted = new WeakMap<IncomingMessage, CollabAdmission>();

  constructor(
    private readonly relay: Relay,
    /** ws closes an oversized frame with 1009 before it is buffered whole (R7). */
    maxPayload: number,
  ) {
    this.wss = new WebSocketServer({ noServer: true, maxPayload, perMessageDeflate: false, clientTracking: false });
  }

  /** Called by the route: this upgrade request may become a relay connection. */
  admit(env: UpgradeEnv, admission: CollabAdmission): void {
    this.admitted.set(env.incoming, admission);
  }

  attach(server: ServerType, app: UpgradeDispatcher): void {
    server.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
      void this.upgrade(app, request, socket, head);
    });
  }

  private async upgrade(app: UpgradeDispatcher, request: IncomingMessage, socket: Duplex, head: Buffer): Promise<void> {
    // Node leaves an upgrading socket without an error listener: a reset while the
    // request is being checked must not take the process down.
    const onEarlyError = () => socket.destroy();
    socket.on('error', onEarlyError);
    let response: Response;
    try {
      response = await app.request(new URL(request.url ?? '/', 'http://localhost'), { headers: headersOf(request) }, { incoming: request, outgoing: undefined, upgrade: true });
    } catch {
      socket.destroy();
      return;
    }
    const admission = this.admitted.get(request);
    this.admitted.delete(request);
    if (!admission || socket.destroyed) {
      const status = admission || response.status < 400 ? 404 : response.status;
      socket.end(`HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
      return;
    }
    socket.off('error', onEarlyError);
    this.wss.handleUpgrade(request, socket, head, (ws) => this.relay.handleSocket(ws, socket, admission.documentId, admission.grant));
  }
}

/** A plain record: the Request builds its Headers from it once, where a Headers passed in would be copied. */
function headersOf(request: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [key, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers[key] = Array.isArray(value) ? value.join(', ') : value;
  }
  return headers;
}
