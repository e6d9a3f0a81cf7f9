import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { appendToBody, bodyText } from './bodyText';

/** A stock y-websocket client in Node, as scripts and the browser editor use it. */
export interface CollabClient {
  doc: Y.Doc;
  provider: WebsocketProvider;
  text(): string;
  type(text: string): void;
  destroy(): void;
}

/** Connects with an API token (`?token=`), as scripts do. */
export function connectClient(collabUrl: string, documentId: string, token: string): CollabClient {
  const doc = new Y.Doc({ gc: false });
  const provider = new WebsocketProvider(collabUrl, documentId, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    params: { token },
  });
  return {
    doc,
    provider,
    text: () => bodyText(doc),
    type: (text) => appendToBody(doc, text),
    destroy() {
      provider.destroy();
      doc.destroy();
    },
  };
}

/** Polls until `check` passes or `timeoutMs` elapses; rethrows the last failure. */
export async function eventually(check: () => void | Promise<void>, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await check();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
}

export const synced = (client: CollabClient): Promise<void> =>
  client.provider.synced
    ? Promise.resolve()
    : new Promise((resolve) => client.provider.once('sync', (isSynced: boolean) => isSynced && resolve()));
