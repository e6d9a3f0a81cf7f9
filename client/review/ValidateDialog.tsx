import { useId, useState, type FormEvent } from 'react';
import { validateSchema, validationStatement } from '../../shared/api/review';
import { fieldErrors } from '../forms/fieldErrors';
import { localIsoDay } from '../format/formatDate';
import { ModalDialog } from '../panels/ModalDialog';

interface ValidateDialogProps {
  /** Sends the validation; rejects with a French message when the server refuses. */
  onValidate(request: { meetingDate: string; note?: string }): Promise<void>;
  onClose(): void;
}

/** « Valider… »: the meeting that adopted the text, and an optional note (W4). */
export function ValidateDialog({ onValidate, onClose }: ValidateDialogProps) {
  const [meetingDate, setMeetingDate] = useState(() => localIsoDay(new Date()));
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [serverError, setServerError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const fieldId = useId();

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = validateSchema.safeParse({ meetingDate, ...(note.trim() ? { note } : {}) });
    if (!parsed.success) {
      setErrors(fieldErrors(parsed.error));
      return;
    }
    setErrors({});
    setServerError(null);
    setSubmitting(true);
    try {
      await onValidate(parsed.data);
    } catch (error) {
      setServerError(error instanceof Error ? error.message : 'La validation a échoué.');
      setSubmitting(false);
    }
  }

  const dateError = errors.meetingDate;
  const statementDate = /^\d{4}-\d{2}-\d{2}$/.test(meetingDate) ? meetingDate : null;
  return (
    <ModalDialog title="Valider le compte-rendu" onClose={onClose}>
      <form onSubmit={handleSubmit} noValidate>
        <p className="hint">
          La validation fige le texte actuel : plus personne ne pourra le modifier, sauf si la coordination le rouvre.
        </p>
        <div className="field">
          <label htmlFor={`${fieldId}-date`}>Date de la réunion qui a adopté le texte</label>
          <input
            id={`${fieldId}-date`}
            type="date"
            data-autofocus
            value={meetingDate}
            onChange={(event) => setMeetingDate(event.target.value)}
            aria-invalid={dateError ? true : undefined}
            aria-describedby={dateError ? `${fieldId}-date-error` : `${fieldId}-statement`}
            required
          />
          {dateError && (
            <p className="field-error" id={`${fieldId}-date-error`}>
              {dateError}
            </p>
          )}
        </div>
        {statementDate && (
          <p className="review-statement-preview" id={`${fieldId}-statement`}>
            Mention portée sur le document : « {validationStatement(statementDate)} »
          </p>
        )}
        <div className="field">
          <label htmlFor={`${fieldId}-note`}>Note (facultative)</label>
          <textarea id={`${fieldId}-note`} value={note} onChange={(event) => setNote(event.target.value)} maxLength={1000} rows={3} />
        </div>
        {serverError && (
          <p className="banner banner--error" role="alert">
            {serverError}
          </p>
        )}
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={submitting}>
            {submitting ? 'Validation…' : 'Valider'}
          </button>
          <button type="button" className="button" onClick={onClose}>
            Annuler
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
