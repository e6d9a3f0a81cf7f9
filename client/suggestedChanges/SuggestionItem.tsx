import type { CSSProperties } from 'react';
import type { Suggestion, SuggestionDecision } from '../../shared/suggestions/suggestion';
import { associationColor } from './associationColor';
import { authorLabel } from './suggestionAttribution';
import { SUGGESTION_KIND_LABELS } from './suggestionKindLabels';
import { deName } from '../../shared/text/frenchElision';

interface SuggestionItemProps {
  suggestion: Suggestion;
  /** Secretariat and coordination: « Accepter » and « Refuser ». */
  canDecide: boolean;
  /** The signed-in person's own suggestion, which they may withdraw (« Annuler »). */
  own: boolean;
  /** The editor cannot write now (offline, frozen): decisions wait. */
  disabled: boolean;
  onSelect(): void;
  onDecide(decision: SuggestionDecision): void;
}

/** One suggestion: its kind, its words and its author, with what this person may do about it. */
export function SuggestionItem({ suggestion, canDecide, own, disabled, onSelect, onDecide }: SuggestionItemProps) {
  const kind = SUGGESTION_KIND_LABELS[suggestion.kind];
  const author = authorLabel(suggestion);
  // Words are quoted; a block change is described, unless its description only repeats the kind.
  const quoted = suggestion.kind === 'insertion' || suggestion.kind === 'deletion';
  const text = quoted || suggestion.text !== kind ? suggestion.text : '';
  const description = [kind, quoted ? `«\u00a0${text}\u00a0»` : text, deName(author)].filter(Boolean).join(' ');
  const style = { '--suggestion-color': associationColor(suggestion.association) } as CSSProperties;

  return (
    <li className="suggestion-item" style={style} data-suggestion-id={suggestion.id}>
      {/* Named by its visible words, after a hidden prefix: a voice user says what they see (WCAG 2.5.3). */}
      <button type="button" className="suggestion-item__select" onClick={onSelect}>
        <span className="visually-hidden">Sélectionner dans le texte{'\u00a0'}: </span>
        <span className="suggestion-item__kind">{kind}</span>
        {text && (
          <>
            {' '}
            {quoted && '«\u00a0'}
            <span className={`suggestion-item__text suggestion-item__text--${suggestion.kind}`}>{text}</span>
            {quoted && '\u00a0»'}
          </>
        )}{' '}
        <span className="suggestion-item__author">{deName(author)}</span>
      </button>
      {(canDecide || own) && (
        <div className="suggestion-item__actions">
          {canDecide ? (
            <>
              <button
                type="button"
                className="button button--small"
                aria-label={`Accepter : ${description}`}
                disabled={disabled}
                onClick={() => onDecide('accept')}
              >
                Accepter
              </button>
              <button
                type="button"
                className="button button--small button--quiet"
                aria-label={`Refuser : ${description}`}
                disabled={disabled}
                onClick={() => onDecide('reject')}
              >
                Refuser
              </button>
            </>
          ) : (
            <button
              type="button"
              className="button button--small button--quiet"
              aria-label={`Annuler ma suggestion : ${description}`}
              disabled={disabled}
              onClick={() => onDecide('reject')}
            >
              Annuler
            </button>
          )}
        </div>
      )}
    </li>
  );
}
