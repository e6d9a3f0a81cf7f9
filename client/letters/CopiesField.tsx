import { useId } from 'react';
import { LETTER_MAX_COPIES, type LetterCopy } from '../../shared/api/letters';

interface CopiesFieldProps {
  copies: readonly LetterCopy[];
  onChange(copies: LetterCopy[]): void;
  disabled: boolean;
}

/** « Copies : » one person a row, « Madame X » and her title, as the letters print « - Madame X, title ». */
export function CopiesField({ copies, onChange, disabled }: CopiesFieldProps) {
  const id = useId();
  const change = (index: number, copy: Partial<LetterCopy>) =>
    onChange(copies.map((current, at) => (at === index ? { ...current, ...copy } : current)));

  return (
    <fieldset className="letter-fieldset">
      <legend>Copies</legend>
      {copies.length === 0 && <p className="muted">Aucune copie.</p>}
      <ol className="letter-lines">
        {copies.map((copy, index) => (
          <li key={index} className="letter-lines__item letter-lines__item--copy">
            <div className="field field--grow">
              <label htmlFor={`${id}-${index}-name`}>Copie {index + 1} : nom</label>
              <input
                id={`${id}-${index}-name`}
                value={copy.name}
                placeholder="Monsieur Eric Panloup"
                disabled={disabled}
                onChange={(event) => change(index, { name: event.target.value })}
              />
            </div>
            <div className="field field--grow">
              <label htmlFor={`${id}-${index}-title`}>Copie {index + 1} : fonction</label>
              <input
                id={`${id}-${index}-title`}
                value={copy.title}
                disabled={disabled}
                onChange={(event) => change(index, { title: event.target.value })}
              />
            </div>
            {!disabled && (
              <button
                type="button"
                className="button button--quiet button--small"
                aria-label={`Retirer la copie ${index + 1}`}
                onClick={() => onChange(copies.filter((_, at) => at !== index))}
              >
                Retirer
              </button>
            )}
          </li>
        ))}
      </ol>
      {!disabled && copies.length < LETTER_MAX_COPIES && (
        <button type="button" className="button button--small" onClick={() => onChange([...copies, { name: '', title: '' }])}>
          Ajouter une copie
        </button>
      )}
    </fieldset>
  );
}
