import { closeMessagesFr } from '../../shared/protocol/closeCodes';

/**
 * What the editor header says about the link to the server, computed from provider and
 * browser events by a pure reducer so every transition can be tested without a socket.
 */
export interface ConnectionState {
  /** What the provider last reported about its socket. */
  socket: 'connecting' | 'connected' | 'disconnected';
  /** Whether this page has been connected at least once (« Reconnexion… » vs « Connexion… »). */
  everConnected: boolean;
  /** Connections closed since the last one that worked. */
  failedAttempts: number;
  /** The browser says there is no network (`offline` event / `navigator.onLine`). */
  browserOffline: boolean;
  /** Set when the server refused for good (close codes 4400–4499): no more retries. */
  terminalClose: { code: number; reason: string } | null;
  /** The code of the last close, when it told us something worth showing while retrying. */
  lastCloseCode: number | null;
}

export type ConnectionEvent =
  | { type: 'status'; status: 'connecting' | 'connected' | 'disconnected' }
  | { type: 'connectionClosed'; code: number | null }
  | { type: 'terminalClose'; code: number; reason: string }
  | { type: 'browserOnline' }
  | { type: 'browserOffline' };

/** After this many failed attempts in a row the server is considered out of reach. */
export const OFFLINE_AFTER_FAILED_ATTEMPTS = 4;

export function initialConnectionState(browserOffline: boolean): ConnectionState {
  return {
    socket: 'connecting',
    everConnected: false,
    failedAttempts: 0,
    browserOffline,
    terminalClose: null,
    lastCloseCode: null,
  };
}

export function connectionReducer(state: ConnectionState, event: ConnectionEvent): ConnectionState {
  switch (event.type) {
    case 'status':
      if (event.status === 'connected') {
        return { ...state, socket: 'connected', everConnected: true, failedAttempts: 0, lastCloseCode: null };
      }
      return { ...state, socket: event.status };
    case 'connectionClosed':
      return {
        ...state,
        socket: 'disconnected',
        failedAttempts: state.failedAttempts + 1,
        lastCloseCode: event.code ?? state.lastCloseCode,
      };
    case 'terminalClose':
      return { ...state, socket: 'disconnected', terminalClose: { code: event.code, reason: event.reason } };
    case 'browserOnline':
      return { ...state, browserOffline: false, failedAttempts: 0 };
    case 'browserOffline':
      return { ...state, browserOffline: true };
  }
}

export type ConnectionTone = 'ok' | 'busy' | 'offline' | 'error';

export interface ConnectionView {
  label: string;
  tone: ConnectionTone;
  /** A sentence explaining why, when there is more to say than the label. */
  detail: string | null;
}

export function describeConnection(state: ConnectionState): ConnectionView {
  if (state.terminalClose) {
    return {
      label: 'Déconnecté',
      tone: 'error',
      detail: closeMessagesFr[state.terminalClose.code] ?? 'Le serveur a fermé la connexion.',
    };
  }
  const detail = state.lastCloseCode === null ? null : (closeMessagesFr[state.lastCloseCode] ?? null);
  if (state.browserOffline) return { label: 'Hors ligne', tone: 'offline', detail: null };
  if (state.socket === 'connected') return { label: 'Connecté', tone: 'ok', detail: null };
  if (state.failedAttempts >= OFFLINE_AFTER_FAILED_ATTEMPTS) return { label: 'Hors ligne', tone: 'offline', detail };
  if (state.everConnected) return { label: 'Reconnexion…', tone: 'busy', detail };
  return { label: 'Connexion…', tone: 'busy', detail };
}
