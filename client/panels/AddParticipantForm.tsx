import { useId, useState, type FormEvent } from 'react';
import type * as Y from 'yjs';
import { participantInputSchema } from '../../shared/api/minutes';
import { addParticipant, attendanceLabels, type Attendance, type Participant } from '../../shared/model/participants';
import { newBlockId } from '../../shared/schema/blockId';
import { associationsNotListed } from '../auth/associationsNotListed';
import { useCollectiveAssociations } from '../auth/useCollectiveAssociations';
import { fieldErrors } from '../forms/fieldErrors';
import { foldForSearch } from '../editor/suggestions/searchText';

interface AddParticipantFormProps {
  doc: Y.Doc;
  participants: readonly Participant[];
  disabled: boolean;
}

const peopleOf = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

/** Adds an organisation, with its people and attendance, to the participants of everyone. */
export function AddParticipantForm({ doc, participants, disabled }: AddParticipantFormProps) {
  const fieldId = useId();
  const [organisation, setOrganisation] = useState('');
  const [people, setPeople] = useState('');
  const [attendance, setAttendance] = useState<Attendance>('present');
  const [error, setError] = useState<string | null>(null);
  const associations = useCollectiveAssociations();

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const candidate = { id: newBlockId(), organisation, people: peopleOf(people), attendance };
    // Names on one line, as the relay requires (SPEC A2): a pasted tab is refused here, with a message.
    const parsed = participantInputSchema.safeParse(candidate);
    if (!parsed.success) {
      setError(Object.values(fieldErrors(parsed.error))[0] ?? 'Participant invalide.');
      return;
    }
    const name = foldForSearch(parsed.data.organisation);
    if (participants.some((participant) => foldForSearch(participant.organisation) === name)) {
      setError('Cette organisation est déjà dans la liste.');
      return;
    }
    addParticipant(doc, parsed.data);
    setOrganisation('');
    setPeople('');
    setAttendance('present');
    setError(null);
  }

  return (
    <form className="add-participant" onSubmit={handleSubmit} noValidate aria-labelledby={`${fieldId}-heading`}>
      <h3 id={`${fieldId}-heading`}>Ajouter une organisation</h3>
      <div className="field">
        <label htmlFor={`${fieldId}-organisation`}>Organisation</label>
        <input
          id={`${fieldId}-organisation`}
          list={`${fieldId}-associations`}
          value={organisation}
          maxLength={300}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${fieldId}-error` : undefined}
          onChange={(event) => setOrganisation(event.target.value)}
        />
        {/* The collective's associations not listed yet are offered as the name is typed. */}
        <datalist id={`${fieldId}-associations`}>
          {associationsNotListed(associations, participants.map((participant) => participant.organisation)).map((name) => (
            <option key={name} value={name} />
          ))}
        </datalist>
      </div>
      <div className="field">
        <label htmlFor={`${fieldId}-people`}>Personnes (une par ligne)</label>
        <textarea
          id={`${fieldId}-people`}
          rows={2}
          value={people}
          onChange={(event) => setPeople(event.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${fieldId}-attendance`}>Présence</label>
        <select
          id={`${fieldId}-attendance`}
          value={attendance}
          onChange={(event) => setAttendance(event.target.value as Attendance)}
        >
          {Object.entries(attendanceLabels).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </div>
      {error && (
        <p className="field-error" id={`${fieldId}-error`} role="alert">
          {error}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={disabled}>
          Ajouter
        </button>
      </div>
    </form>
  );
}
