import { useId, useRef } from 'react';

interface LineListFieldProps {
  /** The group's name: « En-tête », « Adresse », « Pièces jointes (PJ) ». */
  legend: string;
  /** The name of one line for screen readers: « Ligne d’adresse » gives « Ligne d’adresse 2 ». */
  itemLabel: string;
  lines: readonly string[];
  onChange(lines: string[]): void;
  max: number;
  disabled: boolean;
  /** Paragraphs of several lines (the template's body) rather than one line each. */
  multiline?: boolean;
  hint?: string;
}

/** An ordered list of lines, each with « Retirer », and « Ajouter une ligne » at the end. */
export function LineListField({ legend, itemLabel, lines, onChange, max, disabled, multiline = false, hint }: LineListFieldProps) {
  const id = useId();
  const list = useRef<HTMLOListElement>(null);

  function add() {
    onChange([...lines, '']);
    // The new line gets the focus once drawn, so typing can go on from the keyboard.
    requestAnimationFrame(() => list.current?.querySelector<HTMLElement>('li:last-child input, li:last-child textarea')?.focus());
  }

  return (
    <fieldset className="letter-fieldset">
      <legend>{legend}</legend>
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <ol className="letter-lines" ref={list}>
        {lines.map((line, index) => {
          const label = `${itemLabel} ${index + 1}`;
          const change = (value: string) => onChange(lines.map((current, at) => (at === index ? value : current)));
          return (
            <li key={index} className="letter-lines__item">
              <label className="visually-hidden" htmlFor={`${id}-${index}`}>
                {label}
              </label>
              {multiline ? (
                <textarea id={`${id}-${index}`} rows={3} value={line} disabled={disabled} onChange={(event) => change(event.target.value)} />
              ) : (
                <input id={`${id}-${index}`} value={line} disabled={disabled} onChange={(event) => change(event.target.value)} />
              )}
              {!disabled && (
                <button
                  type="button"
                  className="button button--quiet button--small"
                  aria-label={`Retirer ${label.toLocaleLowerCase('fr-FR')}`}
                  onClick={() => onChange(lines.filter((_, at) => at !== index))}
                >
                  Retirer
                </button>
              )}
            </li>
          );
        })}
      </ol>
      {!disabled && lines.length < max && (
        <button type="button" className="button button--small" onClick={add} aria-label={`Ajouter une ligne (${legend})`}>
          Ajouter une ligne
        </button>
      )}
    </fieldset>
  );
}
