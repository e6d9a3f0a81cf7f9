import type { MinutesMeta } from '../../model/meta';
import { minutesMetaSchema } from '../../model/meta';
import { type Participant, participantSchema } from '../../model/participants';
import { calendarDateProblem } from '../../model/calendarDate';
import { withoutControlCharacters } from '../../model/singleLineText';

/**
 * The model bounds its fields (a title of 300 characters, 50 people an organisation, one
 * line without control characters, SPEC A2); recognition can exceed them on an odd file (a
 * whole paragraph taken for a title, a tab in a Word heading). Such values are shortened or
 * cleaned rather than refused, and the caller reports it.
 */
const shorten = (raw: string, max: number | null | undefined): string => {
  const text = withoutControlCharacters(raw).trim();
  return max && text.length > max ? `${text.slice(0, max - 1).replace(/\s+\S*$/, '')}…` : text;
};

/** The header's fields as the editor labels them, for the import report. */
export const META_FIELD_LABELS: Record<keyof MinutesMeta, string> = {
  title: 'Titre', collective: 'Collectif', meetingDate: 'Date de la réunion', place: 'Lieu', writtenOn: 'Rédigé le', author: 'Compte-rendu réalisé par',
};

export function fitMeta(
  meta: MinutesMeta,
  onShortened: (field: string) => void,
  onImplausibleDate: (field: string, problem: string) => void = () => {},
): MinutesMeta {
  const fitted: MinutesMeta = { ...meta };
  for (const key of Object.keys(fitted) as Array<keyof MinutesMeta>) {
    const value = fitted[key];
    if (value === undefined) continue;
    if (key === 'meetingDate' || key === 'writtenOn') {
      // A date the model would refuse (« 2014-13-45 », a two-digit year) is left for the person to type.
      const problem = calendarDateProblem(value);
      if (problem) {
        delete fitted[key];
        onImplausibleDate(key, problem);
      }
      continue;
    }
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
