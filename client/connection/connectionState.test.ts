import { describe, expect, it } from 'vitest';
import { CloseCode } from '../../shared/protocol/closeCodes';
import {
  OFFLINE_AFTER_FAILED_ATTEMPTS,
  connectionReducer,
  describeConnection,
  initialConnectionState,
  type ConnectionEvent,
  type ConnectionState,
} from './connectionState';

function run(events: ConnectionEvent[], start: ConnectionState = initialConnectionState(false)) {
  return events.reduce(connectionReducer, start);
}

const connected: ConnectionEvent = { type: 'status', status: 'connected' };
const connecting: ConnectionEvent = { type: 'status', status: 'connecting' };
const closed = (code: number | null = 1006): ConnectionEvent => ({ type: 'connectionClosed', code });

describe('describeConnection', () => {
  it('says « Connexion… » before the first connection', () => {
    expect(describeConnection(run([connecting]))).toMatchObject({ label: 'Connexion…', tone: 'busy' });
  });

  it('says « Connecté » once connected', () => {
    expect(describeConnection(run([connecting, connected]))).toEqual({ label: 'Connecté', tone: 'ok', detail: null });
  });

  it('says « Reconnexion… » when the connection drops after having worked', () => {
    const state = run([connecting, connected, { type: 'status', status: 'disconnected' }, closed(), connecting]);
    expect(describeConnection(state).label).toBe('Reconnexion…');
  });

  it('says « Hors ligne » after several failed attempts, and « Connecté » again when one works', () => {
    const failures = Array.from({ length: OFFLINE_AFTER_FAILED_ATTEMPTS }, () => [connecting, closed()]).flat();
    const almost = run([connecting, connected, ...failures.slice(0, -2)]);
    expect(describeConnection(almost).label).toBe('Reconnexion…');
    const offline = run([connecting, connected, ...failures]);
    expect(describeConnection(offline).label).toBe('Hors ligne');
    expect(describeConnection(run([connecting, connected], offline)).label).toBe('Connecté');
  });

  it('never says « Reconnexion… » for a page that never connected', () => {
    expect(describeConnection(run([connecting, closed(), connecting])).label).toBe('Connexion…');
  });

  it('says « Hors ligne » as soon as the browser loses the network, even with a live socket', () => {
    const state = run([connecting, connected, { type: 'browserOffline' }]);
    expect(describeConnection(state)).toMatchObject({ label: 'Hors ligne', tone: 'offline' });
    expect(describeConnection(run([{ type: 'browserOnline' }], state)).label).toBe('Connecté');
  });

  it('starts offline when the browser already is', () => {
    expect(describeConnection(initialConnectionState(true)).label).toBe('Hors ligne');
  });

  it('gives the French reason of a terminal close and stays there', () => {
    const state = run([
      connecting,
      closed(CloseCode.unknownDocument),
      { type: 'terminalClose', code: CloseCode.unknownDocument, reason: '' },
      { type: 'browserOnline' },
    ]);
    expect(describeConnection(state)).toEqual({
      label: 'Déconnecté',
      tone: 'error',
      detail: "Ce compte-rendu n'existe pas.",
    });
  });

  it('has a French fallback for terminal codes without a message', () => {
    const state = run([{ type: 'terminalClose', code: 4499, reason: 'x' }]);
    expect(describeConnection(state).detail).toBe('Le serveur a fermé la connexion.');
  });

  it('explains a retried storage failure until the next connection', () => {
    const failed = run([connecting, connected, closed(CloseCode.storageFailure), connecting]);
    expect(describeConnection(failed)).toMatchObject({
      label: 'Reconnexion…',
      detail: "Le serveur n'a pas pu enregistrer ; nouvel essai…",
    });
    expect(describeConnection(run([connected], failed)).detail).toBeNull();
  });

  it('keeps the last meaningful close reason when the provider closes the socket itself', () => {
    const state = run([connecting, connected, closed(CloseCode.messageTooBig), closed(null)]);
    expect(describeConnection(state).detail).toBe('Modification trop volumineuse pour le serveur.');
  });
});
