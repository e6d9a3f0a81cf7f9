import * as Y from 'yjs';
import { z } from 'zod';

/** Name of the Y.Array of participant organisations, beside the body fragment. */
export const PARTICIPANTS_ARRAY = 'participants';

/** `unknown`: not known yet, as in minutes prepared before the meeting (« à préciser »). */
export const ATTENDANCES = ['present', 'absent', 'excused', 'also_present', 'unknown'] as const;
export type Attendance = (typeof ATTENDANCES)[number];

export const attendanceLabels: Record<Attendance, string> = {
  present: 'Participants',
  excused: 'Absents excusés',
  absent: 'Absents',
  also_present: 'Étaient aussi présents',
  unknown: 'Présence à préciser',
};

export const participantSchema = z.object({
  id: z.string().min(1).max(64),
  /** « Amicale du Nid », with an acronym kept as written (« Comité Contre l’Esclavage Moderne (CCEM) »). */
  organisation: z.string().trim().min(1, 'l’organisation est obligatoire').max(300),
  people: z.array(z.string().trim().min(1).max(200)).max(50),
  attendance: z.enum(ATTENDANCES),
});
export type Participant = z.infer<typeof participantSchema>;

/** Each participant is a Y.Map so that two people can edit different fields at once. */
type ParticipantMap = Y.Map<unknown>;

export const participantsArray = (doc: Y.Doc): Y.Array<ParticipantMap> =>
  doc.getArray<ParticipantMap>(PARTICIPANTS_ARRAY);

function toMap(participant: Participant): ParticipantMap {
  const map = new Y.Map<unknown>();
  map.set('id', participant.id);
  map.set('organisation', participant.organisation);
  map.set('attendance', participant.attendance);
  const people = new Y.Array<string>();
  people.push(participant.people);
  map.set('people', people);
  return map;
}

function fromMap(map: ParticipantMap): Participant | undefined {
  const people = map.get('people');
  const parsed = participantSchema.safeParse({
    id: map.get('id'),
    organisation: map.get('organisation'),
    attendance: map.get('attendance'),
    people: people instanceof Y.Array ? people.toArray() : [],
  });
  return parsed.success ? parsed.data : undefined;
}

/** The participants in list order; entries a peer corrupted are skipped, not fatal. */
export function readParticipants(doc: Y.Doc): Participant[] {
  return participantsArray(doc)
    .toArray()
    .map(fromMap)
    .filter((p): p is Participant => p !== undefined);
}

export function addParticipant(doc: Y.Doc, participant: Participant): void {
  participantsArray(doc).push([toMap(participantSchema.parse(participant))]);
}

function findIndex(doc: Y.Doc, id: string): number {
  return participantsArray(doc)
    .toArray()
    .findIndex((map) => map.get('id') === id);
}

/** Changes some fields of one participant; `people` replaces the list. */
export function updateParticipant(
  doc: Y.Doc,
  id: string,
  patch: Partial<Pick<Participant, 'organisation' | 'attendance' | 'people'>>,
): void {
  const map = participantsArray(doc).get(findIndex(doc, id));
  if (!map) return;
  doc.transact(() => {
    if (patch.organisation !== undefined) map.set('organisation', participantSchema.shape.organisation.parse(patch.organisation));
    if (patch.attendance !== undefined) map.set('attendance', participantSchema.shape.attendance.parse(patch.attendance));
    if (patch.people !== undefined) {
      const people = map.get('people');
      const next = participantSchema.shape.people.parse(patch.people);
      if (people instanceof Y.Array) {
        people.delete(0, people.length);
        people.push(next);
      }
    }
  });
}

export function removeParticipant(doc: Y.Doc, id: string): void {
  const index = findIndex(doc, id);
  if (index >= 0) participantsArray(doc).delete(index, 1);
}

export function writeParticipants(doc: Y.Doc, participants: Participant[]): void {
  doc.transact(() => {
    const array = participantsArray(doc);
    array.delete(0, array.length);
    array.push(participants.map((p) => toMap(participantSchema.parse(p))));
  });
}

/** Organisations in list order, without duplicates: what speaker turns can pick from. */
export const organisationsOf = (participants: Participant[]): string[] => [
  ...new Set(participants.map((p) => p.organisation)),
];
