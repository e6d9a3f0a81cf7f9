import { useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { ANNEX_LABEL_MAX, nodeAttributeProblem, valueProblemMessages } from '../../../shared/schema/valueRules';

interface AnnexLabelEditorProps {
  label: string;
  disabled: boolean;
  onRename(label: string): void;
}

/**
 * « Renommer » an annex in place: one line, checked as the relay checks it (M12), Entrée
 * saves and Échap gives up, the focus going back to « Renommer ».
 */
export function AnnexLabelEditor({ label, disabled, onRename }: AnnexLabelEditorProps) {
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const opener = useRef<HTMLButtonElement>(null);

  const close = () => {
    setDraft(null);
    setError(null);
    // After React has put the button back.
    queueMicrotask(() => opener.current?.focus());
  };

  const save = (event: FormEvent) => {
    event.preventDefault();
    const next = (draft ?? '').trim();
    const problem = nodeAttributeProblem('annex', 'label', next);
    if (problem) {
      setError(valueProblemMessages[problem]);
      return;
    }
    if (next !== label) onRename(next);
    close();
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    close();
  };

  if (draft === null) {
    return (
      <button ref={opener} type="button" className="node-control-button" disabled={disabled} onClick={() => setDraft(label)}>
        Renommer
      </button>
    );
  }
  return (
    <form className="annex__rename" onSubmit={save} onKeyDown={onKeyDown} noValidate>
      <label htmlFor={`${id}-label`}>Titre de l’annexe</label>
      <input
        id={`${id}-label`}
        value={draft}
        maxLength={ANNEX_LABEL_MAX}
        // The form opens on a click meant for it: the caret goes into the field.
        autoFocus
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(event) => setDraft(event.target.value)}
      />
      <button type="submit" className="node-control-button" disabled={disabled}>
        Enregistrer
      </button>
      <button type="button" className="node-control-button" onClick={close}>
        Annuler
      </button>
      {error && (
        <p id={`${id}-error`} className="annex__error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
