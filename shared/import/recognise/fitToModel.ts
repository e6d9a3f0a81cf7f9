import type { MinutesMeta } from '../../model/meta';
import { minutesMetaSchema } from '../../model/meta';
import { type Participant, participantSchema } from '../../model/participants';

/**
 * The model bounds its fields (a title of 300 characters, 50 people an organisation);
 * recognition can exceed them on an odd file (a whole paragraph taken for a title). Such
 * values are shortened rather than refused, and the caller reports it.
 */
const shorten = (text: string, max: number | null | undefined): string =>
  max && text.length > max ? `${text.slice(0, max - 1).replace(/\s+\S*$/, '')}…` : text;

export function fitMeta(meta: MinutesMeta, onShortened: (field: string) => void): MinutesMeta {
  const fitted: MinutesMeta = { ...meta };
  for (const key of Object.keys(fitted) as Array<keyof MinutesMeta>) {
    const value = fitted[key];
    if (value === undefined || key === 'meetingDate') continue;
    const field = minutesMetaSchema.shape[key];
    const max = 'unwrap' in field ? field.unwrap().maxLength : field.maxLength;
    const short = shorten(value, max);
    if (short !== value) {
      onShortened(key);
      fitted[key] = short;
    }
  }
  return fitted;
}

export function fitParticipants(participants: Participant[], onShortened: (organisation: string) => void): Participant[] {
  return participants.map((participant) => {
    const organisation = shorten(participant.organisation, participantSchema.shape.organisation.maxLength);
    let people = participant.people.map((person) => shorten(person, participantSchema.shape.people.element.maxLength));
    // The schema caps the list's length too; the array schema does not expose the cap.
    while (people.length > 0 && !participantSchema.shape.people.safeParse(people).success) people = people.slice(0, -1);
    if (organisation !== participant.organisation || people.join() !== participant.people.join()) onShortened(participant.organisation);
    return { ...participant, organisation, people };
  });
}
