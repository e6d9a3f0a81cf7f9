/**
 * A WebSocket for y-websocket providers under test: it records the sockets a provider
 * opens, connects nowhere, and delivers only the frames a test hands it. Stub it in with
 * `vi.stubGlobal('WebSocket', ScriptedWebSocket)` and empty `opened` before each test.
 */
export class ScriptedWebSocket {
  static readonly OPEN = 1;
  static opened: ScriptedWebSocket[] = [];
  readonly OPEN = 1;
  readyState = 0;
  binaryType = 'blob';
  onmessage: ((event: { data: ArrayBuffer }) => void) | null = null;
  onclose: (() => void) | null = null;
  onopen: (() => void) | null = null;
  onerror: (() => void) | null = null;
  closed = false;

  constructor(readonly url: string) {
    ScriptedWebSocket.opened.push(this);
  }

  send(): void {}

  close(): void {
    this.closed = true;
  }

  deliver(frame: Uint8Array): void {
    this.onmessage?.({ data: frame.slice().buffer as ArrayBuffer });
  }
}
