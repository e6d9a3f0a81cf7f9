import type * as Y from 'yjs';
import { attendanceLabels, type Participant } from '../../shared/model/participants';
import { AddParticipantForm } from './AddParticipantForm';
import { ATTENDANCE_ORDER } from './attendanceOrder';
import { CollectiveAssociationsOffer } from './CollectiveAssociationsOffer';
import { ParticipantRow } from './ParticipantRow';

interface ParticipantsPanelProps {
  doc: Y.Doc;
  participants: readonly Participant[];
  /** This person may change the list; `editable` says whether they can right now. */
  writer: boolean;
  editable: boolean;
}

/**
 * The participants of the meeting (the Y.Array `participants`), grouped as the minutes
 * print them. Their organisations are what speaker turns and « À suivre » boxes pick from.
 */
export function ParticipantsPanel({ doc, participants, writer, editable }: ParticipantsPanelProps) {
  const groups = ATTENDANCE_ORDER.map((attendance) => ({
    attendance,
    members: participants.filter((participant) => participant.attendance === attendance),
  })).filter((group) => group.members.length > 0);

  return (
    <div className="participants-panel">
      {groups.length === 0 && <p className="muted">Aucun participant pour l’instant.</p>}
      {groups.map(({ attendance, members }) => (
        <section key={attendance} className="participants-group" aria-label={attendanceLabels[attendance]}>
          <h3>
            {attendanceLabels[attendance]} <span className="participants-group__count">({members.length})</span>
          </h3>
          <ul className="participants-list">
            {members.map((participant) => (
              <ParticipantRow
                key={participant.id}
                doc={doc}
                participant={participant}
                writer={writer}
                editable={editable}
              />
            ))}
          </ul>
        </section>
      ))}
      {writer && <CollectiveAssociationsOffer doc={doc} participants={participants} disabled={!editable} />}
      {writer && <AddParticipantForm doc={doc} participants={participants} disabled={!editable} />}
    </div>
  );
}
