import { useId } from 'react';

interface ActionItemOwnersProps {
  owners: readonly string[];
  /** The participants' organisations, offered in their order. */
  organisations: readonly string[];
  disabled: boolean;
  onChange(owners: string[]): void;
}

/** The organisations following an item up: removable chips and a list to add one. */
export function ActionItemOwners({ owners, organisations, disabled, onChange }: ActionItemOwnersProps) {
  const fieldId = useId();
  const addable = organisations.filter((organisation) => !owners.includes(organisation));
  return (
    <div className="action-item__field action-item__owners" role="group" aria-labelledby={`${fieldId}-label`}>
      <span id={`${fieldId}-label`} className="action-item__label">
        Responsables
      </span>
      {owners.length === 0 && <span className="action-item__none">aucun</span>}
      <ul className="owner-chips">
        {owners.map((owner) => (
          <li key={owner} className="owner-chip">
            {owner}
            <button
              type="button"
              className="owner-chip__remove"
              aria-label={`Retirer ${owner}`}
              disabled={disabled}
              onClick={() => onChange(owners.filter((other) => other !== owner))}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      {addable.length > 0 && (
        <select
          className="action-item__add-owner"
          aria-label="Ajouter un responsable"
          value=""
          disabled={disabled}
          onChange={(event) => event.target.value && onChange([...owners, event.target.value])}
        >
          <option value="">+ Ajouter…</option>
          {addable.map((organisation) => (
            <option key={organisation} value={organisation}>
              {organisation}
            </option>
          ))}
        </select>
      )}
    </div>
  );
}
