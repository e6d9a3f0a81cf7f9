import { useId, useState } from 'react';
import type { ReviewSettings } from '../../../shared/api/reviewSettings';
import { getReviewSettings, saveReviewSettings } from '../../api/reviewSettingsApi';
import { useEditableResource } from '../../api/useEditableResource';

/**
 * The coordination's review rules: whether members may only suggest while a compte-rendu
 * is in review (R20). Saved as soon as it is switched; members connected to a document in
 * review reconnect with their new rights.
 */
export function ReviewSettingsSection() {
  const id = useId();
  const [settings, updateSettings] = useEditableResource<ReviewSettings>('review-settings', getReviewSettings);
  /** The value being saved: the switch shows it at once, and goes back if the save fails. */
  const [saving, setSaving] = useState<boolean | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);

  async function handleChange(membersSuggestOnlyInReview: boolean) {
    setSaving(membersSuggestOnlyInReview);
    setError(null);
    setSaved(false);
    try {
      const next = await saveReviewSettings({ membersSuggestOnlyInReview });
      updateSettings(() => next);
      setSaved(true);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : 'L’enregistrement du réglage a échoué.');
    } finally {
      setSaving(null);
    }
  }

  return (
    <section className="card" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Relecture</h2>
      {settings.status === 'loading' && (
        <p className="muted" role="status">
          Chargement du réglage…
        </p>
      )}
      {settings.status === 'error' && (
        <p className="banner banner--error" role="alert">
          {settings.error.message}
        </p>
      )}
      {settings.status === 'ready' && (
        <>
          <label style={{ display: 'flex', gap: '0.5rem', alignItems: 'flex-start' }}>
            <input
              type="checkbox"
              checked={saving ?? settings.data.membersSuggestOnlyInReview}
              disabled={saving !== null}
              aria-describedby={`${id}-help`}
              onChange={(event) => void handleChange(event.target.checked)}
            />
            Pendant la relecture, les membres ne peuvent que suggérer
          </label>
          <p id={`${id}-help`} className="muted">
            Leurs modifications sont alors enregistrées comme suggestions, que le secrétariat ou la coordination
            accepte ou refuse. Le secrétariat et la coordination modifient toujours le texte directement.
          </p>
          <p role="status" className="muted">
            {saving !== null ? 'Enregistrement…' : saved ? 'Réglage enregistré.' : ''}
          </p>
          {error && (
            <p className="banner banner--error" role="alert">
              {error}
            </p>
          )}
        </>
      )}
    </section>
  );
}
