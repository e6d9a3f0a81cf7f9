import type { z } from 'zod';
import type { createMinutesSchema } from '../../../shared/api/minutes';
import { frenchLongDate } from '../../../shared/export/frenchDate';
import type { MinutesMeta } from '../../../shared/model/meta';
import type { Participant } from '../../../shared/model/participants';
import { minutesLink } from '../../../shared/schema/valueRules';
import { announcedMeeting } from './announcedMeeting';
import { type LatestCopy, carriedCopy, openItems } from './carryOver';
import type { SeriesDocument } from './seriesDocuments';

/** The compte-rendu the next one follows, as read when preparing it. */
export interface PreviousMinutes extends SeriesDocument {
  meta: MinutesMeta;
  participants: Participant[];
}

export interface NextMinutesInput {
  previous: PreviousMinutes;
  /** Every compte-rendu of the series, the previous one included. */
  series: readonly SeriesDocument[];
  /** The collective's associations, by name: each is on the list of the next meeting. */
  associations: readonly string[];
  /** What the person preparing said; it wins over what the « Prochaines réunions » section announces. */
  given: { meetingDate?: string; place?: string };
}

/** Raised when neither the previous minutes nor the request say when the next meeting is. */
export class MeetingDateUnknownError extends Error {}

const SECTION_LEVEL = 2;
/** How the first section of prepared minutes starts; the adoption it records is read back from it. */
export const ADOPTION_HEADING_START = 'Adoption du compte-rendu';
type Json = Record<string, unknown>;

const heading = (text: string): Json => ({ type: 'heading', attrs: { level: SECTION_LEVEL }, content: [{ type: 'text', text }] });
const linked = (text: string, documentId: string): Json => ({ type: 'text', text, marks: [{ type: 'link', attrs: { href: minutesLink(documentId) } }] });
const meetingOf = (date: string | null): string => (date ? `la réunion du ${frenchLongDate(date) ?? date}` : 'la réunion précédente');

/** « Issu du compte-rendu de la réunion du 22 novembre 2013 », linking to the minutes the item was first written in. */
function originLine(copy: LatestCopy, series: readonly SeriesDocument[]): Json {
  const origin = series.find((document) => document.id === copy.originDocument);
  return {
    type: 'paragraph',
    content: [{ type: 'text', text: 'Issu du ' }, linked(`compte-rendu de ${meetingOf(origin?.meetingDate ?? null)}`, copy.originDocument), { type: 'text', text: '.' }],
  };
}

/**
 * The previous document's organisations, then the collective's associations not on it yet,
 * people kept, each « à préciser » until the meeting says who came.
 */
function participantsOf(previous: readonly Participant[], associations: readonly string[]): Array<Omit<Participant, 'id'>> {
  const listed = new Set(previous.map((participant) => participant.organisation));
  return [
    ...previous.map(({ organisation, people }) => ({ organisation, people, attendance: 'unknown' as const })),
    ...associations.filter((name) => !listed.has(name)).map((organisation) => ({ organisation, people: [], attendance: 'unknown' as const })),
  ];
}

/**
 * The seed of the next compte-rendu of a series (M9): the meeting announced (or given), the
 * collective's list « à préciser », the adoption of the previous minutes with a link to them,
 * and every « À suivre » still open in the series, carried once with its origin.
 */
export function nextMinutesRequest({ previous, series, associations, given }: NextMinutesInput): z.input<typeof createMinutesSchema> {
  const announced = announcedMeeting(previous.content, previous.meetingDate);
  const meetingDate = given.meetingDate ?? announced.meetingDate;
  if (!meetingDate) throw new MeetingDateUnknownError('no date for the next meeting');
  const place = given.place ?? announced.place;
  const carried = openItems(series);
  const previousMeeting = meetingOf(previous.meetingDate);
  // `meta.place` is where the minutes are written (« Paris, le … »); the meeting's place opens the body.
  const meetingPlace = place ? [{ type: 'paragraph', content: [{ type: 'text', text: `Lieu de la réunion : ${place}` }] }] : [];
  const content = {
    type: 'doc' as const,
    content: [
      ...meetingPlace,
      heading(`${ADOPTION_HEADING_START} de ${previousMeeting}`),
      { type: 'paragraph', content: [{ type: 'text', text: 'Le ' }, linked(`compte-rendu de ${previousMeeting}`, previous.id), { type: 'text', text: ' est soumis à l’adoption du Collectif.' }] },
      heading('Suivi des points à suivre'),
      ...(carried.length > 0
        ? carried.flatMap((copy) => [carriedCopy(copy), originLine(copy, series)])
        : [{ type: 'paragraph', content: [{ type: 'text', text: 'Aucun point à suivre n’est resté ouvert.' }] }]),
    ],
  };
  const { collective, author, place: writtenAt } = previous.meta;
  return {
    meta: {
      title: `Compte-rendu de la réunion du ${frenchLongDate(meetingDate) ?? meetingDate}`,
      meetingDate,
      ...(collective ? { collective } : {}),
      ...(writtenAt ? { place: writtenAt } : {}),
      ...(author ? { author } : {}),
    },
    participants: participantsOf(previous.participants, associations),
    content,
  };
}
