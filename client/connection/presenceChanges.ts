import { frenchList } from '../a11y/announcerList';
import { caretLabel } from '../identity';

/**
 * Who else has the document open, as « Nom (Association) », the words of their caret: a
 * person with two tabs open is one presence, and this person's own other tabs are none.
 */
export function colleaguesPresent(states: ReadonlyMap<number, Record<string, unknown>>, ownClientId: number, ownLabel: string): Set<string> {
  const present = new Set<string>();
  for (const [clientId, state] of states) {
    if (clientId === ownClientId || typeof state.user !== 'object' || state.user === null) continue;
    const label = caretLabel(state.user as Record<string, unknown>);
    if (label !== ownLabel) present.add(label);
  }
  return present;
}

/** « Marie Martin (Hors la Rue) a rejoint le document. », and who left; null when nobody came or went. */
export function presenceAnnouncement(before: ReadonlySet<string>, after: ReadonlySet<string>): string | null {
  const arrived = [...after].filter((label) => !before.has(label));
  const left = [...before].filter((label) => !after.has(label));
  const sentences = [
    arrived.length > 0 ? `${frenchList(arrived)} ${arrived.length > 1 ? 'ont' : 'a'} rejoint le document.` : '',
    left.length > 0 ? `${frenchList(left)} ${left.length > 1 ? 'ont' : 'a'} quitté le document.` : '',
  ].filter(Boolean);
  return sentences.length > 0 ? sentences.join(' ') : null;
}
