/** Where a letter form is in its saving. */
export type SaveStatus = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'error'; message: string };

interface SaveActionsProps {
  status: SaveStatus;
  /** « Enregistrer », « Enregistrer le modèle ». */
  label: string;
  /** What the status line says after a save: « Enregistré ». */
  savedText: string;
}

/** The footer of the letter and template forms: submit (disabled while saving), the saved status, the refusal. */
export function SaveActions({ status, label, savedText }: SaveActionsProps) {
  return (
    <>
      <div className="form-actions letter-form__actions">
        <button type="submit" className="button button--primary" disabled={status.kind === 'saving'}>
          {status.kind === 'saving' ? 'Enregistrement…' : label}
        </button>
        <span role="status" className="muted">
          {status.kind === 'saved' ? savedText : ''}
        </span>
      </div>
      {status.kind === 'error' && (
        <p className="banner banner--error" role="alert">
          {status.message}
        </p>
      )}
    </>
  );
}
