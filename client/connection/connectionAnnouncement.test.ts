import { describe, expect, it } from 'vitest';
import { connectionAnnouncement, lossShownAtFirst, type ConnectionShown } from './connectionAnnouncement';
import { OFFLINE_KEPT_LABEL } from './syncStatus';

const connecting: ConnectionShown = { label: 'Connexion…', tone: 'busy' };
const connected: ConnectionShown = { label: 'Connecté', tone: 'ok' };
const reconnecting: ConnectionShown = { label: 'Reconnexion…', tone: 'busy' };
const offline: ConnectionShown = { label: 'Hors ligne', tone: 'offline' };
const refused: ConnectionShown = { label: 'Déconnecté', tone: 'error' };

/** The texts said along a sequence of header states. */
function said(states: ConnectionShown[]): string[] {
  const texts: string[] = [];
  let lossSaid = lossShownAtFirst(states[0]!);
  for (let index = 1; index < states.length; index++) {
    const step = connectionAnnouncement(states[index - 1]!, states[index]!, lossSaid);
    lossSaid = step.lossSaid;
    if (step.text) texts.push(step.text);
  }
  return texts;
}

describe('connectionAnnouncement', () => {
  it('says nothing about the page’s first connection', () => {
    expect(said([connecting, connected])).toEqual([]);
  });

  it('says the connection was lost, then that it is back', () => {
    expect(said([connecting, connected, reconnecting, reconnecting, connected])).toEqual([
      'Connexion perdue, reconnexion en cours.',
      'Connexion rétablie.',
    ]);
  });

  it('says going offline once, with what happens to the edits, and the return', () => {
    const kept: ConnectionShown = { label: OFFLINE_KEPT_LABEL, tone: 'offline' };
    expect(said([connecting, connected, reconnecting, kept, reconnecting, connected])).toEqual([
      'Connexion perdue, reconnexion en cours.',
      `${OFFLINE_KEPT_LABEL}.`,
      'Connexion rétablie.',
    ]);
  });

  it('a page opened offline hears « Hors ligne », then the connection when it comes', () => {
    expect(said([offline, connecting, connected])).toEqual(['Connexion rétablie.']);
    expect(said([connecting, offline, connecting, connected])).toEqual(['Hors ligne.', 'Connexion rétablie.']);
  });

  it('waits before saying a loss: a reconnection at once (validation, rights changed) is no news', () => {
    expect(connectionAnnouncement(connected, reconnecting, false)).toMatchObject({ onlyIfLasting: true });
    expect(connectionAnnouncement(reconnecting, connected, false).text).toBeNull();
    expect(connectionAnnouncement(connected, offline, false).onlyIfLasting).toBeUndefined();
  });

  it('leaves a refusal of the server to the alert banner', () => {
    expect(said([connecting, connected, refused])).toEqual([]);
  });
});
