import { describe, expect, it } from 'vitest';
import { describeSync } from './syncStatus';

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
