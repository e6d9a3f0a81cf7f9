import { useId, useState, type FormEvent } from 'react';
import { validateSchema, validationStatement } from '../../shared/api/review';
import type { AssociationApproval } from '../../shared/review/approvalStates';
import { isUnanimous } from '../../shared/review/unanimity';
import { ApiRequestError } from '../api/http';
import { fieldErrors } from '../forms/fieldErrors';
import { localIsoDay } from '../format/formatDate';
import { ModalDialog } from '../panels/ModalDialog';
import type { ValidationRequest } from './reviewApi';
import { ValidationApprovalsSummary } from './ValidationApprovalsSummary';

interface ValidateDialogProps {
  /** The associations present and their approvals of the text on screen; undefined while loading. */
  approvals: readonly AssociationApproval[] | undefined;
  /** Sends the validation; rejects with a French message when the server refuses. */
  onValidate(request: ValidationRequest): Promise<void>;
  onClose(): void;
}

const CONFIRM_LABEL = 'Je confirme valider sans l’accord de toutes les associations';

/**
 * « Valider… »: the meeting that adopted the text, an optional note (W4), who approved it,
 * and an explicit confirmation when not every association approved this exact text (W11).
 */
export function ValidateDialog({ approvals, onValidate, onClose }: ValidateDialogProps) {
  const [meetingDate, setMeetingDate] = useState(() => localIsoDay(new Date()));
  const [note, setNote] = useState('');
  const [confirmed, setConfirmed] = useState(false);
  // The server judges on the text it freezes: it may find what this screen did not see yet.
  const [serverNotUnanimous, setServerNotUnanimous] = useState(false);
  const needsConfirmation = serverNotUnanimous || !approvals || !isUnanimous(approvals);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [serverError, setServerError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const fieldId = useId();

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = validateSchema.safeParse({
      meetingDate,
      ...(note.trim() ? { note } : {}),
      ...(needsConfirmation ? { confirmWithoutUnanimity: confirmed } : {}),
    });
    if (!parsed.success) {
      setErrors(fieldErrors(parsed.error));
      return;
    }
    if (needsConfirmation && !confirmed) {
      setErrors({ confirm: 'Cochez cette case pour valider sans l’accord de toutes les associations.' });
      return;
    }
    setErrors({});
    setServerError(null);
    setSubmitting(true);
    try {
      await onValidate(parsed.data);
    } catch (error) {
      if (error instanceof ApiRequestError && error.code === 'not_unanimous') setServerNotUnanimous(true);
      setServerError(error instanceof Error ? error.message : 'La validation a échoué.');
      setSubmitting(false);
    }
  }

  const dateError = errors.meetingDate;
  const confirmError = errors.confirm;
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
            Mention portée sur le document : «&nbsp;{validationStatement(statementDate)}&nbsp;»
          </p>
        )}
        <div className="field">
          <label htmlFor={`${fieldId}-note`}>Note (facultative)</label>
          <textarea id={`${fieldId}-note`} value={note} onChange={(event) => setNote(event.target.value)} maxLength={1000} rows={3} />
        </div>
        <h3 className="review-validation-approvals__heading">Approbations des associations présentes</h3>
        <ValidationApprovalsSummary rows={approvals} />
        {needsConfirmation && (
          <div className="field field--checkbox">
            <input
              id={`${fieldId}-confirm`}
              type="checkbox"
              checked={confirmed}
              onChange={(event) => setConfirmed(event.target.checked)}
              aria-invalid={confirmError ? true : undefined}
              aria-describedby={confirmError ? `${fieldId}-confirm-error` : undefined}
            />
            <label htmlFor={`${fieldId}-confirm`}>{CONFIRM_LABEL}</label>
            {confirmError && (
              <p className="field-error" id={`${fieldId}-confirm-error`}>
                {confirmError}
              </p>
            )}
          </div>
        )}
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
