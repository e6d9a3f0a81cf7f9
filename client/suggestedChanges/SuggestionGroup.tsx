import { useId, type CSSProperties } from 'react';
import type { Suggestion, SuggestionDecision } from '../../shared/suggestions/suggestion';
import { associationColor } from './associationColor';
import type { AssociationGroup } from './groupByAssociation';
import { SuggestionItem } from './SuggestionItem';
import { deName } from '../../shared/text/frenchElision';

interface SuggestionGroupProps {
  group: AssociationGroup<Suggestion>;
  canDecide: boolean;
  /** The signed-in person's user id: their own suggestions can be withdrawn. */
  userId: string;
  disabled: boolean;
  onSelect(suggestion: Suggestion): void;
  onDecide(decision: SuggestionDecision, suggestions: readonly Suggestion[]): void;
}

/** One association's suggestions, with « Tout accepter » / « Tout refuser » for those who decide. */
export function SuggestionGroup({ group, canDecide, userId, disabled, onSelect, onDecide }: SuggestionGroupProps) {
  const headingId = useId();
  const name = group.association || 'Sans association';
  const style = { '--suggestion-color': associationColor(group.association) } as CSSProperties;
  const count = group.suggestions.length;

  return (
    <section className="suggestion-group" aria-labelledby={headingId} style={style}>
      <div className="suggestion-group__header">
        <h3 id={headingId}>
          {name} <span className="muted">({count})</span>
        </h3>
        {canDecide && (
          <>
            <button
              type="button"
              className="button button--small"
              aria-label={`Tout accepter ${deName(name)}`}
              disabled={disabled}
              onClick={() => onDecide('accept', group.suggestions)}
            >
              Tout accepter
            </button>
            <button
              type="button"
              className="button button--small button--quiet"
              aria-label={`Tout refuser ${deName(name)}`}
              disabled={disabled}
              onClick={() => onDecide('reject', group.suggestions)}
            >
              Tout refuser
            </button>
          </>
        )}
      </div>
      <ul className="suggestion-list">
        {group.suggestions.map((suggestion) => (
          <SuggestionItem
            key={suggestion.id}
            suggestion={suggestion}
            canDecide={canDecide}
            own={suggestion.userId === userId}
            disabled={disabled}
            onSelect={() => onSelect(suggestion)}
            onDecide={(decision) => onDecide(decision, [suggestion])}
          />
        ))}
      </ul>
    </section>
  );
}
