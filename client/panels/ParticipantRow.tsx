import { useId, useState } from 'react';
import type * as Y from 'yjs';
import {
  attendanceLabels,
  updateParticipant,
  type Attendance,
  type Participant,
} from '../../shared/model/participants';
import { ParticipantPeople } from './ParticipantPeople';
import { ATTENDANCE_ORDER } from './attendanceOrder';
import { deOrganisation } from '../../shared/text/frenchElision';

interface ParticipantRowProps {
  doc: Y.Doc;
  participant: Participant;
  writer: boolean;
  editable: boolean;
}

/** One organisation: its people, its attendance to set, and what opens to change them. */
export function ParticipantRow({ doc, participant, writer, editable }: ParticipantRowProps) {
  const [open, setOpen] = useState(false);
  const detailsId = useId();
  const { id, organisation, people, attendance } = participant;
  return (
    <li className="participant" aria-label={organisation}>
      <p className="participant__summary">
        <span className="participant__organisation">{organisation}</span>
        {people.length > 0 && <span className="participant__people">{people.join(', ')}</span>}
      </p>
      {writer && (
        <div className="participant__controls">
          <select
            aria-label={`Présence ${deOrganisation(organisation)}`}
            value={attendance}
            disabled={!editable}
            onChange={(event) => updateParticipant(doc, id, { attendance: event.target.value as Attendance })}
          >
            {ATTENDANCE_ORDER.map((value) => (
              <option key={value} value={value}>
                {attendanceLabels[value]}
              </option>
            ))}
          </select>
          <button
            type="button"
            className="button button--small button--quiet"
            aria-expanded={open}
            aria-controls={open ? detailsId : undefined}
            aria-label={`Personnes ${deOrganisation(organisation)}`}
            disabled={!editable}
            onClick={() => setOpen(!open)}
          >
            Personnes
          </button>
        </div>
      )}
      {editable && open && (
        <div id={detailsId}>
          <ParticipantPeople doc={doc} participant={participant} />
        </div>
      )}
    </li>
  );
}
