import { describe, expect, it } from 'vitest';
import { describeSync, withLocalCopy } from './syncStatus';

describe('describeSync', () => {
  it('says « Chargement… » until the document has arrived', () => {
    expect(describeSync({ loaded: false, pending: false }).label).toBe('Chargement…');
  });

  it('says « Synchronisé » when every local edit is confirmed', () => {
    expect(describeSync({ loaded: true, pending: false })).toEqual({ label: 'Synchronisé', pending: false });
  });

  it('says « Modifications en attente » whenever an edit is unconfirmed, loaded or not', () => {
    expect(describeSync({ loaded: true, pending: true })).toEqual({ label: 'Modifications en attente', pending: true });
    expect(describeSync({ loaded: false, pending: true }).label).toBe('Modifications en attente');
  });
});

describe('describeSync with a local copy (issue 19)', () => {
  it('says « Enregistré sur cet appareil » once an unconfirmed edit is on disk, « Synchronisé » once confirmed', () => {
    expect(describeSync({ loaded: true, pending: true, storedOnDevice: true })).toEqual({
      label: 'Enregistré sur cet appareil',
      pending: true,
    });
    expect(describeSync({ loaded: true, pending: true, storedOnDevice: false }).label).toBe('Modifications en attente');
    expect(describeSync({ loaded: true, pending: false, storedOnDevice: true }).label).toBe('Synchronisé');
  });
});

describe('withLocalCopy', () => {
  const offline = { label: 'Hors ligne', tone: 'offline' as const, detail: null };
  it('says offline that the edits are kept on this device, only when they are', () => {
    expect(withLocalCopy(offline, true).label).toBe('Hors ligne — vos modifications sont gardées sur cet appareil');
    expect(withLocalCopy(offline, false).label).toBe('Hors ligne');
    const online = { label: 'Connecté', tone: 'ok' as const, detail: null };
    expect(withLocalCopy(online, true)).toBe(online);
  });
});
