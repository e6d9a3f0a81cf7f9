import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate, removeAwarenessStates } from 'y-protocols/awareness';
import { SILENCE_GRACE_MS, watchPresence, type PresenceLink } from './presenceWatch';

/** A colleague's tab: its own presence, sent to ours as the relay would. */
function colleague(name: string, association: string) {
  const awareness = new Awareness(new Y.Doc());
  awareness.setLocalState({ user: { name, association, color: '#1f6feb' } });
  return awareness;
}

describe('watchPresence', () => {
  let mine: Awareness;
  let link: PresenceLink & { setSynced(synced: boolean): void };
  let said: string[];
  let stop: () => void;
  const relay = (from: Awareness) => applyAwarenessUpdate(mine, encodeAwarenessUpdate(from, [from.clientID]), 'relay');

  beforeEach(() => {
    vi.useFakeTimers();
    mine = new Awareness(new Y.Doc());
    mine.setLocalState({ user: { name: 'Claire Dubois', association: 'Ensemble', color: '#b42318' } });
    const listeners = new Set<(synced: boolean) => void>();
    link = {
      awareness: mine,
      synced: false,
      on: (_event, listener) => listeners.add(listener),
      off: (_event, listener) => listeners.delete(listener),
      setSynced(synced) {
        this.synced = synced;
        for (const listener of listeners) listener(synced);
      },
    };
    said = [];
    stop = watchPresence(link, 'Claire Dubois (Ensemble)', (text) => said.push(text));
  });
  afterEach(() => {
    stop();
    vi.useRealTimers();
  });

  it('says who arrives and leaves after the page synced, not who was already there', () => {
    const paul = colleague('Paul Roux', 'ECPAT');
    relay(paul);
    link.setSynced(true);
    const marie = colleague('Marie Martin', 'Hors la Rue');
    relay(marie);
    marie.setLocalState(null);
    relay(marie);
    expect(said).toEqual(['Marie Martin (Hors la Rue) a rejoint le document.', 'Marie Martin (Hors la Rue) a quitté le document.']);
  });

  it('says a colleague’s decision on suggestions, with their name', () => {
    link.setSynced(true);
    const marie = colleague('Marie Martin', 'Hors la Rue');
    relay(marie);
    marie.setLocalStateField('suggestionDecision', { kind: 'reject', count: 2, serial: 1 });
    relay(marie);
    expect(said.at(-1)).toBe('Marie Martin (Hors la Rue) a refusé 2 suggestions.');
  });

  it('a tab silent for a while (a background tab) has not left; it has when its silence lasts', () => {
    link.setSynced(true);
    const marie = colleague('Marie Martin', 'Hors la Rue');
    relay(marie);
    said.splice(0);
    // What y-protocols does to a presence not renewed for 30 s.
    const silence = () => removeAwarenessStates(mine, [marie.clientID], 'timeout');
    silence();
    marie.setLocalStateField('cursor', null);
    relay(marie);
    expect(said).toEqual([]);
    silence();
    vi.advanceTimersByTime(SILENCE_GRACE_MS);
    expect(said).toEqual(['Marie Martin (Hors la Rue) a quitté le document.']);
  });

  it('says nothing while the link is down, and at its return who came or went meanwhile', () => {
    const paul = colleague('Paul Roux', 'ECPAT');
    relay(paul);
    link.setSynced(true);
    link.setSynced(false);
    paul.setLocalState(null);
    relay(paul);
    const marie = colleague('Marie Martin', 'Hors la Rue');
    relay(marie);
    expect(said).toEqual([]);
    link.setSynced(true);
    expect(said).toEqual(['Marie Martin (Hors la Rue) a rejoint le document. Paul Roux (ECPAT) a quitté le document.']);
  });
});
