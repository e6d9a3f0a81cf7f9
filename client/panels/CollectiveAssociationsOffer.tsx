import { useState } from 'react';
import type * as Y from 'yjs';
import { addParticipant, type Participant } from '../../shared/model/participants';
import { newBlockId } from '../../shared/schema/blockId';
import { associationsNotListed } from '../auth/associationsNotListed';
import { useCollectiveAssociations } from '../auth/useCollectiveAssociations';
import '../styles/collectiveAssociationsOffer.css';

interface CollectiveAssociationsOfferProps {
  doc: Y.Doc;
  participants: readonly Participant[];
  disabled: boolean;
}

/**
 * The collective's associations not yet among the participants, each added as present with
 * one click: a new compte-rendu starts from the collective, not from an empty list.
 */
export function CollectiveAssociationsOffer({ doc, participants, disabled }: CollectiveAssociationsOfferProps) {
  const offered = associationsNotListed(
    useCollectiveAssociations(),
    participants.map((participant) => participant.organisation),
  );
  // Open when the list starts empty; once it is filled, the rest stays one click away.
  const [open, setOpen] = useState(() => participants.length === 0);
  if (offered.length === 0) return null;
  return (
    <details className="associations-offer" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>Associations du collectif ({offered.length})</summary>
      <ul className="associations-offer__list">
        {offered.map((name) => (
          <li key={name}>
            <button
              type="button"
              className="button button--small"
              disabled={disabled}
              aria-label={`Ajouter ${name} aux participants`}
              onClick={() => addParticipant(doc, { id: newBlockId(), organisation: name, people: [], attendance: 'present' })}
            >
              + {name}
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}
