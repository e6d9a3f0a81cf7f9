import { useId, useState, type FormEvent } from 'react';
import type * as Y from 'yjs';
import { removeParticipant, updateParticipant, type Participant } from '../../shared/model/participants';
import { withoutControlCharacters } from '../../shared/model/singleLineText';

interface ParticipantPeopleProps {
  doc: Y.Doc;
  participant: Participant;
}

/** The people of one organisation, to add or remove, and the removal of the organisation. */
export function ParticipantPeople({ doc, participant }: ParticipantPeopleProps) {
  const fieldId = useId();
  const [name, setName] = useState('');
  const [confirmingRemoval, setConfirmingRemoval] = useState(false);
  const { id, organisation, people } = participant;

  function addPerson(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // A pasted tab would be refused by the relay (SPEC A2): it becomes a space.
    const person = withoutControlCharacters(name).trim();
    if (!person || people.includes(person)) return;
    updateParticipant(doc, id, { people: [...people, person] });
    setName('');
  }

  return (
    <div className="participant__details">
      {people.length > 0 && (
        <ul className="participant__people-list">
          {people.map((person) => (
            <li key={person}>
              {person}
              <button
                type="button"
                className="owner-chip__remove"
                aria-label={`Retirer ${person}`}
                onClick={() => updateParticipant(doc, id, { people: people.filter((other) => other !== person) })}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <form className="participant__add-person" onSubmit={addPerson}>
        <label htmlFor={`${fieldId}-person`} className="visually-hidden">
          Ajouter une personne à {organisation}
        </label>
        <input
          id={`${fieldId}-person`}
          value={name}
          maxLength={200}
          placeholder="Ajouter une personne"
          onChange={(event) => setName(event.target.value)}
        />
        <button type="submit" className="button button--small">
          Ajouter
        </button>
      </form>
      {confirmingRemoval ? (
        <p className="participant__confirm">
          Retirer {organisation} des participants ?{' '}
          <button
            type="button"
            className="button button--small button--danger"
            onClick={() => removeParticipant(doc, id)}
          >
            Retirer
          </button>{' '}
          <button type="button" className="button button--small" onClick={() => setConfirmingRemoval(false)}>
            Annuler
          </button>
        </p>
      ) : (
        <button type="button" className="button button--small button--quiet" onClick={() => setConfirmingRemoval(true)}>
          Retirer l’organisation
        </button>
      )}
    </div>
  );
}
