import { useId, useState, type FormEvent } from 'react';
import { createVersionSchema, type VersionSummary } from '../../shared/api/review';
import { fieldErrors } from '../forms/fieldErrors';
import { formatTimestamp } from '../format/formatDate';
import type { ReviewActions } from './reviewActions';
import { versionAuthor, versionKindLabels, versionName } from './versionLabels';
import { selectedComparison, toggleSelection } from './versionSelection';

/** The list stays short in a side panel; the rest is one click away. */
const SHOWN_AT_FIRST = 6;

interface VersionsSectionProps {
  versions: VersionSummary[] | undefined;
  actions: ReviewActions;
  busy: boolean;
  /** Resolves with whether the version was recorded. */
  onSave(label: string): Promise<boolean>;
  onView(version: VersionSummary): void;
  /** Compares `from` with `to`, the current text when `to` is absent. */
  onCompare(from: VersionSummary, to?: VersionSummary): void;
  onRestore(version: VersionSummary): void;
}

/** Named versions: record one, view one, compare, restore (W2, W6). */
export function VersionsSection({ versions, actions, busy, onSave, onView, onCompare, onRestore }: VersionsSectionProps) {
  const [label, setLabel] = useState('');
  const [labelError, setLabelError] = useState<string | null>(null);
  const [selected, setSelected] = useState<string[]>([]);
  const [showAll, setShowAll] = useState(false);
  const fieldId = useId();

  async function handleSave(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = createVersionSchema.safeParse({ label });
    if (!parsed.success) {
      setLabelError(fieldErrors(parsed.error).label ?? 'Donnez un nom à la version');
      return;
    }
    setLabelError(null);
    if (await onSave(parsed.data.label)) setLabel('');
  }

  const list = versions ?? [];
  const shown = showAll ? list : list.slice(0, SHOWN_AT_FIRST);
  const pair = selectedComparison(selected, list);
  const byId = (id: string) => list.find((version) => version.id === id)!;
  return (
    <section className="review-section" aria-labelledby={`${fieldId}-heading`}>
      <h3 id={`${fieldId}-heading`}>Versions</h3>
      {actions.saveVersion && (
        <form className="review-save-version" onSubmit={handleSave} noValidate>
          <div className="field">
            <label htmlFor={`${fieldId}-label`}>Nom de la version</label>
            <input
              id={`${fieldId}-label`}
              value={label}
              placeholder="Avant la relecture de la partie II"
              onChange={(event) => setLabel(event.target.value)}
              aria-invalid={labelError ? true : undefined}
              aria-describedby={labelError ? `${fieldId}-label-error` : undefined}
              maxLength={200}
            />
            {labelError && (
              <p className="field-error" id={`${fieldId}-label-error`}>
                {labelError}
              </p>
            )}
          </div>
          <button type="submit" className="button" disabled={busy}>
            Enregistrer une version
          </button>
        </form>
      )}
      {!versions && <p className="muted">Chargement des versions…</p>}
      {versions?.length === 0 && <p className="review-hint">Aucune version enregistrée pour l’instant.</p>}
      {list.length > 1 && selected.length === 0 && (
        <p className="review-hint">Cochez «&nbsp;Choisir&nbsp;» sur deux versions pour les comparer entre elles.</p>
      )}
      {selected.length > 0 && (
        <div className="review-compare-two" role="group" aria-label="Comparaison de deux versions">
          <button
            type="button"
            className="button review-button-small"
            disabled={!pair}
            onClick={() => pair && onCompare(byId(pair.from), byId(pair.to))}
          >
            Comparer les deux versions choisies
          </button>
          {!pair && <span className="review-hint">Choisissez-en une deuxième.</span>}
        </div>
      )}
      {list.length > 0 && (
        <ol className="review-versions">
          {shown.map((version) => (
            <li key={version.id} className="review-version-item">
              <p className="review-version-item__label">{versionName(version)}</p>
              <p className="review-version-item__meta">
                <time dateTime={version.createdAt}>{formatTimestamp(version.createdAt)}</time> · {versionAuthor(version)} ·{' '}
                {versionKindLabels[version.kind]}
              </p>
              <div className="review-version-item__actions">
                <button type="button" className="button review-button-small" onClick={() => onView(version)} aria-label={`Voir «\u00a0${versionName(version)}\u00a0»`}>
                  Voir
                </button>
                <button
                  type="button"
                  className="button review-button-small"
                  onClick={() => onCompare(version)}
                  aria-label={`Comparer «\u00a0${versionName(version)}\u00a0» au texte actuel`}
                >
                  Comparer
                </button>
                {actions.restore && (
                  <button
                    type="button"
                    className="button review-button-small"
                    disabled={busy}
                    onClick={() => onRestore(version)}
                    aria-label={`Restaurer «\u00a0${versionName(version)}\u00a0»`}
                  >
                    Restaurer
                  </button>
                )}
                <label className="review-choose">
                  <input
                    type="checkbox"
                    checked={selected.includes(version.id)}
                    onChange={() => setSelected((current) => toggleSelection(current, version.id))}
                  />
                  Choisir<span className="visually-hidden"> «&nbsp;{versionName(version)}&nbsp;» pour comparer</span>
                </label>
              </div>
            </li>
          ))}
        </ol>
      )}
      {list.length > SHOWN_AT_FIRST && (
        <button type="button" className="review-link-button" onClick={() => setShowAll((all) => !all)} aria-expanded={showAll}>
          {showAll ? 'Afficher moins de versions' : `Afficher les ${list.length} versions`}
        </button>
      )}
    </section>
  );
}
