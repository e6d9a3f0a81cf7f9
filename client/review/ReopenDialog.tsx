import { useId, useState, type FormEvent } from 'react';
import { reopenSchema } from '../../shared/api/review';
import { fieldErrors } from '../forms/fieldErrors';
import { ModalDialog } from '../panels/ModalDialog';

interface ReopenDialogProps {
  onReopen(reason: string): Promise<void>;
  onClose(): void;
}

/** « Rouvrir… »: a validated text is reopened only with a written reason (W5). */
export function ReopenDialog({ onReopen, onClose }: ReopenDialogProps) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [serverError, setServerError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const fieldId = useId();

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = reopenSchema.safeParse({ reason });
    if (!parsed.success) {
      setError(fieldErrors(parsed.error).reason ?? 'Indiquez la raison de la réouverture');
      return;
    }
    setError(null);
    setServerError(null);
    setSubmitting(true);
    try {
      await onReopen(parsed.data.reason);
    } catch (caught) {
      setServerError(caught instanceof Error ? caught.message : 'La réouverture a échoué.');
      setSubmitting(false);
    }
  }

  return (
    <ModalDialog title="Rouvrir le compte-rendu validé" onClose={onClose}>
      <form onSubmit={handleSubmit} noValidate>
        <p className="hint">
          Le compte-rendu redevient un brouillon modifiable. La version validée et ses approbations restent dans
          l’historique.
        </p>
        <div className="field">
          <label htmlFor={`${fieldId}-reason`}>Raison de la réouverture</label>
          <textarea
            id={`${fieldId}-reason`}
            data-autofocus
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${fieldId}-reason-error` : undefined}
            maxLength={1000}
            rows={3}
            required
          />
          {error && (
            <p className="field-error" id={`${fieldId}-reason-error`}>
              {error}
            </p>
          )}
        </div>
        {serverError && (
          <p className="banner banner--error" role="alert">
            {serverError}
          </p>
        )}
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={submitting}>
            {submitting ? 'Réouverture…' : 'Rouvrir'}
          </button>
          <button type="button" className="button" onClick={onClose}>
            Annuler
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
