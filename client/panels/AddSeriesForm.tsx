import { useId, useRef, useState, type FormEvent } from 'react';
import { createSeriesSchema } from '../../shared/api/series';
import { createSeries } from '../api/seriesApi';
import { SubmissionKey } from '../api/submissionKey';
import { fieldErrors } from '../forms/fieldErrors';

interface AddSeriesFormProps {
  onAdded(): void;
}

/** The coordination adds a meeting series (« Rencontres ministérielles »), folded away until wanted (M8). */
export function AddSeriesForm({ onAdded }: AddSeriesFormProps) {
  const fieldId = useId();
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const submission = useRef(new SubmissionKey());

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (submitting) return;
    const parsed = createSeriesSchema.safeParse({ name });
    if (!parsed.success) {
      setError(fieldErrors(parsed.error).name ?? 'Nom invalide.');
      return;
    }
    setError(null);
    setSubmitting(true);
    try {
      const added = await createSeries(parsed.data, submission.current.for(JSON.stringify(parsed.data)));
      submission.current.reset();
      setName('');
      setNotice(`Série «\u00a0${added.name}\u00a0» ajoutée.`);
      onAdded();
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : 'L’ajout de la série a échoué.');
    } finally {
      setSubmitting(false);
    }
  }

  return (
    <details className="add-series">
      <summary>Ajouter une série de réunions</summary>
      <form onSubmit={handleSubmit} noValidate className="form-row">
        <div className="field field--grow">
          <label htmlFor={`${fieldId}-name`}>Nom de la série</label>
          <input
            id={`${fieldId}-name`}
            value={name}
            placeholder="Rencontres ministérielles"
            maxLength={120}
            onChange={(event) => setName(event.target.value)}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${fieldId}-error` : undefined}
          />
          {error && (
            <p className="field-error" id={`${fieldId}-error`}>
              {error}
            </p>
          )}
        </div>
        <div className="form-actions form-actions--inline">
          <button type="submit" className="button" disabled={submitting}>
            Ajouter
          </button>
        </div>
      </form>
      <p role="status" className="muted">
        {notice}
      </p>
    </details>
  );
}
