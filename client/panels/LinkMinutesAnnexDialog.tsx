import { useId, useMemo, useState, type FormEvent } from 'react';
import type { MinutesSummary } from '../../shared/api/minutes';
import { listMinutes } from '../api/minutesApi';
import { useApiResource } from '../api/useApiResource';
import { linkedMinutesLabel } from '../editor/annexes/linkedMinutesLabel';
import { matchesQuery } from '../editor/suggestions/searchText';
import { formatMeetingDate } from '../format/formatDate';
import { ModalDialog } from './ModalDialog';

interface LinkMinutesAnnexDialogProps {
  /** The compte-rendu being written: it cannot be its own annex. */
  documentId: string;
  onLink(minutes: { id: string; label: string }): void;
  onClose(): void;
}

/** Newest meeting first; those without a date last. */
const byMeetingDate = (a: MinutesSummary, b: MinutesSummary): number =>
  (b.meta.meetingDate ?? '').localeCompare(a.meta.meetingDate ?? '');

/**
 * « Lier un compte-rendu… » (M12): the collective's other comptes-rendus, searched by title or
 * date; each is a radio button, so arrows choose and Entrée links the one chosen (the first
 * match when none is).
 */
export function LinkMinutesAnnexDialog({ documentId, onLink, onClose }: LinkMinutesAnnexDialogProps) {
  const id = useId();
  const minutes = useApiResource('annex-minutes-list', listMinutes);
  const [query, setQuery] = useState('');
  const [chosen, setChosen] = useState<string | null>(null);

  const candidates = useMemo(() => {
    if (minutes.status !== 'ready') return [];
    return minutes.data
      .filter((summary) => summary.id !== documentId)
      .filter((summary) => matchesQuery(query, [summary.meta.title, linkedMinutesLabel(summary), summary.meta.meetingDate ? formatMeetingDate(summary.meta.meetingDate) : '']))
      .sort(byMeetingDate);
  }, [minutes, documentId, query]);
  const selected = candidates.find((summary) => summary.id === chosen) ?? candidates[0];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!selected) return;
    onLink({ id: selected.id, label: linkedMinutesLabel(selected) });
  };

  return (
    <ModalDialog title="Lier un compte-rendu en annexe" onClose={onClose} size="wide">
      <form onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor={`${id}-search`}>Rechercher un compte-rendu</label>
          <input
            id={`${id}-search`}
            type="search"
            value={query}
            data-autofocus
            aria-describedby={`${id}-count`}
            onChange={(event) => setQuery(event.target.value)}
          />
        </div>
        <p id={`${id}-count`} className="muted" role="status">
          {minutes.status === 'loading' && 'Chargement des comptes-rendus…'}
          {minutes.status === 'ready' && (candidates.length === 0 ? 'Aucun compte-rendu ne correspond.' : `${candidates.length} compte${candidates.length > 1 ? 's' : ''}-rendu${candidates.length > 1 ? 's' : ''}`)}
        </p>
        {minutes.status === 'error' && (
          <p className="banner banner--error" role="alert">
            {minutes.error.message}
          </p>
        )}
        {candidates.length > 0 && (
          <fieldset className="annex-minutes-choice">
            <legend>Comptes-rendus du Collectif</legend>
            <ul className="annex-minutes-choice__list">
              {candidates.map((summary) => (
                <li key={summary.id}>
                  <label className="annex-minutes-choice__option">
                    <input
                      type="radio"
                      name={`${id}-minutes`}
                      value={summary.id}
                      checked={summary.id === selected?.id}
                      onChange={() => setChosen(summary.id)}
                    />
                    <span>
                      {summary.meta.title}
                      {summary.meta.meetingDate && <span className="muted"> — {formatMeetingDate(summary.meta.meetingDate)}</span>}
                    </span>
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
        )}
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={!selected}>
            Lier comme annexe
          </button>
          <button type="button" className="button" onClick={onClose}>
            Annuler
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
