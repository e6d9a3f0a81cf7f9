import { useState, type FormEvent } from 'react';
import type { MeasureCount } from '../../../shared/api/measureIndex';
import type { Measure } from '../../../shared/api/plans';
import { citationCountLabel, measurePath } from '../../measures/measureIndexApi';
import { Link } from '../../router/Link';

interface MeasureRowProps {
  planId: string;
  measure: Measure;
  /** How often it is cited (SPEC X1); none when it never is. */
  count: MeasureCount | undefined;
  /** Renames the measure; absent for those who only read the registry. */
  onSave?(measure: Measure): Promise<void>;
}

/** One measure of the registry: a link to its page, how often it is cited, renamed in place by the coordination. */
export function MeasureRow({ planId, measure, count, onSave }: MeasureRowProps) {
  const [editing, setEditing] = useState(false);
  const [title, setTitle] = useState(measure.title);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!onSave) return;
    if (!title.trim()) return setError('Le titre est obligatoire.');
    setSaving(true);
    setError(null);
    try {
      await onSave({ number: measure.number, title: title.trim() });
      setEditing(false);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : 'L’enregistrement a échoué.');
    } finally {
      setSaving(false);
    }
  }

  return (
    <tr>
      <th scope="row">
        <Link to={measurePath(planId, measure.number)}>Mesure {measure.number}</Link>
      </th>
      <td>
        {editing ? (
          <form className="form-row" onSubmit={submit} noValidate>
            <label className="visually-hidden" htmlFor={`measure-${measure.number}`}>
              Titre de la mesure {measure.number}
            </label>
            <input
              id={`measure-${measure.number}`}
              className="field--grow"
              value={title}
              maxLength={500}
              onChange={(event) => setTitle(event.target.value)}
              onKeyDown={(event) => {
                if (event.key === 'Escape') {
                  setTitle(measure.title);
                  setEditing(false);
                }
              }}
              autoFocus
            />
            <button type="submit" className="button button--small" disabled={saving}>
              {saving ? 'Enregistrement…' : 'Enregistrer'}
            </button>
            {error && (
              <span className="banner banner--error" role="alert">
                {error}
              </span>
            )}
          </form>
        ) : (
          <>
            {measure.title}{' '}
            {onSave && (
              <button
                type="button"
                className="button button--small button--quiet"
                onClick={() => setEditing(true)}
                aria-label={`Renommer la mesure ${measure.number}`}
              >
                Renommer
              </button>
            )}
          </>
        )}
      </td>
      <td className="muted">{citationCountLabel(count ?? { passages: 0, documents: 0 })}</td>
    </tr>
  );
}
