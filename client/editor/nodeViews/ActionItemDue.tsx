import { useId } from 'react';
import { isIsoDay } from './dueDate';

interface ActionItemDueProps {
  due: string;
  disabled: boolean;
  onChange(due: string): void;
}

/**
 * A due is one value written two ways: a day picked in the calendar, or words. Filling one
 * empties the other, so what is shown is always what is stored.
 */
export function ActionItemDue({ due, disabled, onChange }: ActionItemDueProps) {
  const fieldId = useId();
  const isDay = isIsoDay(due);
  return (
    <div className="action-item__field" role="group" aria-labelledby={`${fieldId}-label`}>
      <span id={`${fieldId}-label`} className="action-item__label">
        Échéance
      </span>
      <input
        type="date"
        className="action-item__due-date"
        aria-label="Date d’échéance"
        value={isDay ? due : ''}
        disabled={disabled}
        onChange={(event) => onChange(event.target.value)}
      />
      <input
        type="text"
        className="action-item__due-text"
        aria-label="Échéance en toutes lettres"
        placeholder="ou en toutes lettres"
        maxLength={200}
        value={isDay ? '' : due}
        disabled={disabled}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}
