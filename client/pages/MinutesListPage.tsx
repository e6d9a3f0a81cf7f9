import { useEffect, useRef, useState } from 'react';
import type { MinutesSummary } from '../../shared/api/minutes';
import { statusLabels } from '../../shared/api/review';
import { atLeast } from '../../shared/api/roles';
import { listMinutes } from '../api/minutesApi';
import { listSeries } from '../api/seriesApi';
import { useApiResource } from '../api/useApiResource';
import { AddSeriesForm } from '../panels/AddSeriesForm';
import { useEditableResource } from '../api/useEditableResource';
import { useMe } from '../auth/meContext';
import { formatMeetingDate, formatTimestamp } from '../format/formatDate';
import { CreateMinutesForm } from '../panels/CreateMinutesForm';
import { DeleteMinutesDialog } from '../panels/DeleteMinutesDialog';
import { ImportDialog } from '../panels/ImportDialog';
import { Link } from '../router/Link';
import { editorPath } from '../router/matchRoute';
import { navigate } from '../router/navigation';
import { AppHeader } from './AppHeader';
import { usePageTitle } from '../a11y/usePageTitle';

/** Most recently touched first: the one being written is usually the one wanted. */
function byMostRecentUpdate(a: MinutesSummary, b: MinutesSummary): number {
  return b.updatedAt.localeCompare(a.updatedAt);
}

/** The row that takes the focus once a compte-rendu is deleted: the next one, else the one before. */
function rowAfterDeletion(rows: readonly MinutesSummary[], deletedId: string): string | null {
  const index = rows.findIndex((row) => row.id === deletedId);
  return (rows[index + 1] ?? rows[index - 1])?.id ?? null;
}

export function MinutesListPage() {
  usePageTitle('Comptes-rendus');
  const me = useMe();
  // Creating and importing are for the secretariat and the coordination (A8); deleting for the coordination.
  const canCreate = atLeast(me.user.role, 'secretariat');
  const canDelete = me.user.role === 'coordination';
  const [generation, setGeneration] = useState(0);
  const [minutes, updateMinutes] = useEditableResource(`minutes-${generation}`, listMinutes);
  const [seriesGeneration, setSeriesGeneration] = useState(0);
  const seriesResource = useApiResource(`series-${seriesGeneration}`, listSeries);
  const series = seriesResource.status === 'ready' ? seriesResource.data : [];
  const seriesNames = new Map(series.map((one) => [one.id, one.name]));
  // Empty: every series (M8).
  const [seriesFilter, setSeriesFilter] = useState('');
  const [importing, setImporting] = useState(false);
  const [deleting, setDeleting] = useState<MinutesSummary | null>(null);
  const [deletedNotice, setDeletedNotice] = useState<string | null>(null);
  // After a deletion the focus goes to the next row's title (or the list's heading), not to the page's start.
  const [focusAfterDeletion, setFocusAfterDeletion] = useState<{ id: string | null } | null>(null);
  const list = useRef<HTMLElement>(null);
  useEffect(() => {
    if (!focusAfterDeletion) return;
    const { id } = focusAfterDeletion;
    const target = id
      ? list.current?.querySelector<HTMLElement>(`a[href="${editorPath(id)}"]`)
      : list.current?.querySelector<HTMLElement>('#minutes-list-heading');
    target?.focus();
  }, [focusAfterDeletion]);

  const rows =
    minutes.status === 'ready'
      ? minutes.data.filter((row) => seriesFilter === '' || row.seriesId === seriesFilter).sort(byMostRecentUpdate)
      : [];

  function handleDeleted(deleted: MinutesSummary) {
    const next = rowAfterDeletion(rows, deleted.id);
    updateMinutes((data) => data.filter((row) => row.id !== deleted.id));
    setDeleting(null);
    setDeletedNotice(`Compte-rendu «\u00a0${deleted.meta.title}\u00a0» supprimé.`);
    setFocusAfterDeletion({ id: next });
  }

  return (
    <>
      <AppHeader />
      <main className="page page--list">
        {canCreate && <CreateMinutesForm series={series} onCreated={(id) => navigate(editorPath(id))} />}
        <section className="minutes-list" aria-labelledby="minutes-list-heading" ref={list}>
          <div className="section-heading">
            {/* The page's one level-1 heading: the list is what this page is about. */}
            <h1 id="minutes-list-heading" className="minutes-list__heading" tabIndex={-1}>
              Comptes-rendus
            </h1>
            {canCreate && (
              <button type="button" className="button" onClick={() => setImporting(true)}>
                Importer
              </button>
            )}
          </div>
          {series.length > 1 && (
            <div className="field minutes-list__filter">
              <label htmlFor="minutes-series-filter">Série</label>
              <select id="minutes-series-filter" value={seriesFilter} onChange={(event) => setSeriesFilter(event.target.value)}>
                <option value="">Toutes les séries</option>
                {series.map((one) => (
                  <option key={one.id} value={one.id}>
                    {one.name}
                  </option>
                ))}
              </select>
            </div>
          )}
          {canDelete && <AddSeriesForm onAdded={() => setSeriesGeneration((n) => n + 1)} />}
          <p className="minutes-list__notice" role="status">
            {deletedNotice}
          </p>
          {minutes.status === 'loading' && <p className="muted">Chargement des comptes-rendus…</p>}
          {minutes.status === 'error' && (
            <p className="banner banner--error" role="alert">
              {minutes.error.message}
            </p>
          )}
          {minutes.status === 'ready' && minutes.data.length === 0 && (
            <p className="muted">
              {canCreate
                ? "Aucun compte-rendu pour l'instant : créez le premier ci-dessus."
                : "Aucun compte-rendu pour l'instant."}
            </p>
          )}
          {minutes.status === 'ready' && minutes.data.length > 0 && (
            <ul className="minutes-rows">
              {rows.map((row) => (
                <li key={row.id} className="minutes-row">
                  <span className="minutes-row__heading">
                    <Link to={editorPath(row.id)} className="minutes-row__title">
                      {row.meta.title}
                    </Link>
                    <span className={`status-badge status-badge--${row.status}`}>{statusLabels[row.status]}</span>
                  </span>
                  <span className="minutes-row__meta">
                    {seriesNames.has(row.seriesId) && <span className="minutes-row__series">{seriesNames.get(row.seriesId)} · </span>}
                    {row.meta.meetingDate ? `Réunion du ${formatMeetingDate(row.meta.meetingDate)}` : 'Date de réunion non renseignée'}
                    {' · '}
                    Modifié le {formatTimestamp(row.updatedAt)}
                  </span>
                  {/* A validated compte-rendu is the collective's record: it must be reopened before it can go. */}
                  {canDelete && row.status !== 'validated' && (
                    <button
                      type="button"
                      className="button button--small minutes-row__delete"
                      aria-label={`Supprimer le compte-rendu «\u00a0${row.meta.title}\u00a0»`}
                      onClick={() => setDeleting(row)}
                    >
                      Supprimer
                    </button>
                  )}
                </li>
              ))}
            </ul>
          )}
        </section>
      </main>
      {deleting && (
        <DeleteMinutesDialog
          id={deleting.id}
          title={deleting.meta.title}
          onClose={() => setDeleting(null)}
          onDeleted={() => handleDeleted(deleting)}
        />
      )}
      {importing && (
        <ImportDialog onClose={() => setImporting(false)} onImported={() => setGeneration((n) => n + 1)} />
      )}
    </>
  );
}
