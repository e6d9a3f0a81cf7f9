import type { Awareness } from 'y-protocols/awareness';
import type { Announce } from '../a11y/announcer';
import { caretLabel } from '../identity';
import { decisionAnnouncement, decisionsSince } from '../suggestedChanges/decisionPresence';
import { colleaguesPresent, presenceAnnouncement } from './presenceChanges';

type States = ReadonlyMap<number, Record<string, unknown>>;

/** What the watch needs of the provider: its presence, and whether it is in sync with the relay. */
export interface PresenceLink {
  awareness: Awareness;
  synced: boolean;
  on(event: 'sync', listener: (synced: boolean) => void): void;
  off(event: 'sync', listener: (synced: boolean) => void): void;
}

/** How long a presence dropped for silence still counts: past a throttled tab's once-a-minute renewal. */
export const SILENCE_GRACE_MS = 90_000;

type Changes = Record<'added' | 'updated' | 'removed', number[]>;

/**
 * Says what the carets show the others: a colleague arriving or leaving the document, and the
 * suggestions they accept, refuse or withdraw. Who was there when the page synced is not news.
 * While the link is down the provider drops every colleague's presence: nothing is said then,
 * and at the return only who really came or went meanwhile. Returns the way to stop watching.
 */
export function watchPresence(link: PresenceLink, ownLabel: string, say: Announce): () => void {
  const { awareness } = link;
  let present: Set<string> | null = null;
  let seenDecisions = new Map<number, number>();
  /*
   * Presences dropped for silence rather than by the relay: a background tab renews its
   * presence late (the browser slows its timers to once a minute), which is no departure; it
   * stays counted until it speaks again, or for `SILENCE_GRACE_MS`.
   */
  let lastStates: States = new Map();
  const silent = new Map<number, Record<string, unknown>>();
  const graces = new Map<number, ReturnType<typeof setTimeout>>();

  const look = () => {
    const states = new Map([...silent, ...(awareness.getStates() as States)]);
    lastStates = states;
    const people = colleaguesPresent(states, awareness.clientID, ownLabel);
    const decisions = decisionsSince(seenDecisions, states, awareness.clientID);
    const texts =
      present === null
        ? []
        : [
            presenceAnnouncement(present, people),
            ...decisions.made.map(({ clientId, decision }) => decisionAnnouncement(caretLabel(presenceUser(states, clientId)), decision)),
          ];
    present = people;
    seenDecisions = decisions.seen;
    for (const text of texts) if (text) say(text);
  };
  const unsilence = (clientId: number) => {
    silent.delete(clientId);
    clearTimeout(graces.get(clientId));
    graces.delete(clientId);
  };
  const onChange = ({ added, updated, removed }: Changes, origin: unknown) => {
    if (!link.synced) return;
    for (const clientId of [...added, ...updated, ...removed]) unsilence(clientId);
    for (const clientId of origin === 'timeout' ? removed : []) {
      const last = lastStates.get(clientId);
      if (!last) continue;
      silent.set(clientId, last);
      const expire = () => {
        unsilence(clientId);
        if (link.synced) look();
      };
      graces.set(clientId, setTimeout(expire, SILENCE_GRACE_MS));
    }
    look();
  };
  const onSync = (synced: boolean) => {
    if (!synced) return;
    // The relay greeted this connection with everyone present: the silent ones are gone or back.
    for (const clientId of [...silent.keys()]) unsilence(clientId);
    look();
  };

  if (link.synced) look();
  awareness.on('change', onChange);
  link.on('sync', onSync);
  return () => {
    awareness.off('change', onChange);
    link.off('sync', onSync);
    for (const grace of graces.values()) clearTimeout(grace);
  };
}

function presenceUser(states: States, clientId: number): Record<string, unknown> {
  const user = states.get(clientId)?.user;
  return typeof user === 'object' && user !== null ? (user as Record<string, unknown>) : {};
}
