import { useId, useRef, useState, type FormEvent } from 'react';
import { createMinutesSchema } from '../../shared/api/minutes';
import type { SeriesSummary } from '../../shared/api/series';
import { createMinutes } from '../api/minutesApi';
import { SubmissionKey } from '../api/submissionKey';
import { fieldErrors } from '../forms/fieldErrors';
import { localIsoDay } from '../format/formatDate';
import { useMe } from '../auth/meContext';
import { focusTextWhenOpened } from '../a11y/textFocusOnOpen';
import { collectiveHeading } from './collectiveHeading';

interface CreateMinutesFormProps {
  onCreated(id: string): void;
  /** The collective's series; the choice is offered once there is more than the plenary (M8). */
  series: readonly SeriesSummary[];
}

/** Title and meeting date of a new compte-rendu; the body is seeded by the server. */
export function CreateMinutesForm({ onCreated, series }: CreateMinutesFormProps) {
  const [title, setTitle] = useState('');
  // Empty: the plenary, where the server puts a compte-rendu created without a series.
  const [seriesId, setSeriesId] = useState('');
  const [meetingDate, setMeetingDate] = useState(() => localIsoDay(new Date()));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [serverError, setServerError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  // One key per submitted content: a double click or a retry creates one compte-rendu.
  const submission = useRef(new SubmissionKey());
  const fieldId = useId();
  // The « Collectif » field of the new compte-rendu starts filled with the account's collective.
  const collective = collectiveHeading(useMe().collective.name);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (submitting) return;
    const parsed = createMinutesSchema.safeParse({
      meta: { title, ...(meetingDate === '' ? {} : { meetingDate }), ...(collective === '' ? {} : { collective }) },
      ...(seriesId === '' ? {} : { seriesId }),
    });
    if (!parsed.success) {
      setErrors(fieldErrors(parsed.error));
      return;
    }
    setErrors({});
    setServerError(null);
    setSubmitting(true);
    try {
      const id = await createMinutes(parsed.data, submission.current.for(JSON.stringify(parsed.data)));
      submission.current.reset();
      focusTextWhenOpened(id);
      onCreated(id);
    } catch (error) {
      setServerError(error instanceof Error ? error.message : 'La création a échoué.');
      setSubmitting(false);
    }
  }

  const titleError = errors['meta.title'];
  const dateError = errors['meta.meetingDate'];
  return (
    <form className="create-form card" onSubmit={handleSubmit} noValidate aria-labelledby={`${fieldId}-heading`}>
      <h2 id={`${fieldId}-heading`}>Nouveau compte-rendu</h2>
      <div className="form-row">
        <div className="field field--grow">
          <label htmlFor={`${fieldId}-title`}>Titre</label>
          <input
            id={`${fieldId}-title`}
            name="title"
            value={title}
            placeholder="Réunion du Collectif"
            onChange={(event) => setTitle(event.target.value)}
            aria-invalid={titleError ? true : undefined}
            aria-describedby={titleError ? `${fieldId}-title-error` : undefined}
            maxLength={300}
          />
          {titleError && (
            <p className="field-error" id={`${fieldId}-title-error`}>
              {titleError}
            </p>
          )}
        </div>
        <div className="field">
          <label htmlFor={`${fieldId}-date`}>Date de la réunion</label>
          <input
            id={`${fieldId}-date`}
            name="meetingDate"
            type="date"
            value={meetingDate}
            onChange={(event) => setMeetingDate(event.target.value)}
            aria-invalid={dateError ? true : undefined}
            aria-describedby={dateError ? `${fieldId}-date-error` : undefined}
          />
          {dateError && (
            <p className="field-error" id={`${fieldId}-date-error`}>
              {dateError}
            </p>
          )}
        </div>
        {series.length > 1 && (
          <div className="field">
            <label htmlFor={`${fieldId}-series`}>Série</label>
            <select id={`${fieldId}-series`} name="seriesId" value={seriesId} onChange={(event) => setSeriesId(event.target.value)}>
              {series.map((one) => (
                <option key={one.id} value={one.isDefault ? '' : one.id}>
                  {one.name}
                </option>
              ))}
            </select>
          </div>
        )}
        <div className="form-actions form-actions--inline">
          <button type="submit" className="button button--primary" disabled={submitting}>
            {submitting ? 'Création…' : 'Créer'}
          </button>
        </div>
      </div>
      {serverError && (
        <p className="banner banner--error" role="alert">
          {serverError}
        </p>
      )}
    </form>
  );
}
