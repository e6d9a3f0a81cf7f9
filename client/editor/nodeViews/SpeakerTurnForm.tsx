import { useId, type KeyboardEvent } from 'react';
import { organisationsOf, type Participant } from '../../../shared/model/participants';
import { withoutControlCharacters } from '../../../shared/model/singleLineText';
import type { SpeakerTurnAttributes } from '../../../shared/schema/speakerTurn';
import { associationsNotListed } from '../../auth/associationsNotListed';
import { useCollectiveAssociations } from '../../auth/useCollectiveAssociations';
import { splitPersonRole } from '../suggestions/speakerChoices';

type SpeakerFields = Pick<SpeakerTurnAttributes, 'organisation' | 'person' | 'role'>;

interface SpeakerTurnFormProps {
  id: string;
  speaker: SpeakerFields;
  participants: readonly Participant[];
  onChange(patch: Partial<SpeakerFields>): void;
  onDone(): void;
}

/**
 * Who speaks in a turn: the organisation picked among the participants or the collective's
 * other associations, the person and the function typed (with the organisation's people
 * offered). Every change is written at once, so the others see it as it is typed.
 */
export function SpeakerTurnForm({ id, speaker, participants, onChange, onDone }: SpeakerTurnFormProps) {
  const fieldId = useId();
  const organisations = organisationsOf([...participants]);
  // The collective's other associations: a new compte-rendu has no participants yet.
  const associations = associationsNotListed(useCollectiveAssociations(), organisations);
  const listed =
    speaker.organisation === '' || organisations.includes(speaker.organisation) || associations.includes(speaker.organisation);
  const people = participants
    .filter((participant) => participant.organisation === speaker.organisation)
    .flatMap((participant) => participant.people.map((entry) => splitPersonRole(entry).person));

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onDone();
    }
  };

  return (
    <div id={id} className="node-form" role="group" aria-label="Intervenant" onKeyDown={onKeyDown}>
      <div className="node-form__field">
        <label htmlFor={`${fieldId}-organisation`}>Organisation</label>
        <select
          id={`${fieldId}-organisation`}
          value={speaker.organisation}
          // Another organisation means another speaker: its person and function no longer apply.
          onChange={(event) => onChange({ organisation: event.target.value, person: '', role: '' })}
        >
          <option value="">— à préciser —</option>
          {organisations.length > 0 && (
            <optgroup label="Participants">
              {organisations.map((organisation) => (
                <option key={organisation} value={organisation}>
                  {organisation}
                </option>
              ))}
            </optgroup>
          )}
          {associations.length > 0 && (
            <optgroup label="Autres associations du collectif">
              {associations.map((association) => (
                <option key={association} value={association}>
                  {association}
                </option>
              ))}
            </optgroup>
          )}
          {!listed && <option value={speaker.organisation}>{speaker.organisation} (hors participants)</option>}
        </select>
      </div>
      <div className="node-form__field">
        <label htmlFor={`${fieldId}-person`}>Personne</label>
        <input
          id={`${fieldId}-person`}
          list={`${fieldId}-people`}
          value={speaker.person}
          maxLength={200}
          onChange={(event) => onChange({ person: withoutControlCharacters(event.target.value) })}
        />
        <datalist id={`${fieldId}-people`}>
          {people.map((person) => (
            <option key={person} value={person} />
          ))}
        </datalist>
      </div>
      <div className="node-form__field">
        <label htmlFor={`${fieldId}-role`}>Fonction</label>
        <input
          id={`${fieldId}-role`}
          value={speaker.role}
          maxLength={200}
          placeholder="ministre, expert…"
          onChange={(event) => onChange({ role: withoutControlCharacters(event.target.value) })}
        />
      </div>
      <button type="button" className="node-control-button node-form__done" onClick={onDone}>
        Terminé
      </button>
    </div>
  );
}
