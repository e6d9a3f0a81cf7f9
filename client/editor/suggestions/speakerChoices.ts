import type { Participant } from '../../../shared/model/participants';
import type { SpeakerTurnAttributes } from '../../../shared/schema/speakerTurn';
import { matchesQuery } from './searchText';

/** What picking a speaker writes into the speaker turn. */
export type SpeakerChoice = Pick<SpeakerTurnAttributes, 'organisation' | 'person' | 'role'>;

/**
 * Participant lists write a function in brackets after the name (« Sarah Berthelot
 * (secrétariat du Collectif) »); a speaker turn keeps the two apart.
 */
export function splitPersonRole(entry: string): { person: string; role: string } {
  const match = /^(.*?)\s*\(([^()]*)\)\s*$/.exec(entry.trim());
  if (!match || !match[1]) return { person: entry.trim(), role: '' };
  return { person: match[1], role: (match[2] ?? '').trim() };
}

/** Each organisation, then each of its people, in the order of the participants list. */
export function speakerChoices(participants: readonly Participant[]): SpeakerChoice[] {
  const seen = new Set<string>();
  const choices: SpeakerChoice[] = [];
  const add = (choice: SpeakerChoice) => {
    const key = `${choice.organisation}\n${choice.person}`;
    if (seen.has(key)) return;
    seen.add(key);
    choices.push(choice);
  };
  for (const participant of participants) {
    add({ organisation: participant.organisation, person: '', role: '' });
    for (const entry of participant.people) add({ organisation: participant.organisation, ...splitPersonRole(entry) });
  }
  return choices;
}

/** The choices where every typed word starts a word of the organisation, person or role. */
export function filterSpeakerChoices(choices: readonly SpeakerChoice[], query: string): SpeakerChoice[] {
  return choices.filter((choice) => matchesQuery(query, [choice.organisation, choice.person, choice.role]));
}
