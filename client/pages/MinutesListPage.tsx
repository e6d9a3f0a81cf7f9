import { useState } from 'react';
import type { MinutesSummary } from '../../shared/api/minutes';
import { statusLabels } from '../../shared/api/review';
import { atLeast } from '../../shared/api/roles';
import { listMinutes } from '../api/minutesApi';
import { useApiResource } from '../api/useApiResource';
import { useMe } from '../auth/meContext';
import { formatMeetingDate, formatTimestamp } from '../format/formatDate';
import { CreateMinutesForm } from '../panels/CreateMinutesForm';
import { ImportDialog } from '../panels/ImportDialog';
import { Link } from '../router/Link';
import { editorPath } from '../router/matchRoute';
import { navigate } from '../router/navigation';
import { AppHeader } from './AppHeader';

/** Most recently touched first: the one being written is usually the one wanted. */
function byMostRecentUpdate(a: MinutesSummary, b: MinutesSummary): number {
  return b.updatedAt.localeCompare(a.updatedAt);
}

export function MinutesListPage() {
  const me = useMe();
  // Creating and importing are for the secretariat and the coordination (A8).
  const canCreate = atLeast(me.user.role, 'secretariat');
  const [generation, setGeneration] = useState(0);
  const minutes = useApiResource(`minutes-${generation}`, listMinutes);
  const [importing, setImporting] = useState(false);

  return (
    <>
      <AppHeader />
      <main className="page page--list">
        {canCreate && <CreateMinutesForm onCreated={(id) => navigate(editorPath(id))} />}
        <section className="minutes-list" aria-labelledby="minutes-list-heading">
          <div className="section-heading">
            <h2 id="minutes-list-heading">Comptes-rendus</h2>
            {canCreate && (
              <button type="button" className="button" onClick={() => setImporting(true)}>
                Importer
              </button>
            )}
          </div>
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
              {[...minutes.data].sort(byMostRecentUpdate).map((row) => (
                <li key={row.id} className="minutes-row">
                  <span className="minutes-row__heading">
                    <Link to={editorPath(row.id)} className="minutes-row__title">
                      {row.meta.title}
                    </Link>
                    <span className={`status-badge status-badge--${row.status}`}>{statusLabels[row.status]}</span>
                  </span>
                  <span className="minutes-row__meta">
                    {row.meta.meetingDate ? `Réunion du ${formatMeetingDate(row.meta.meetingDate)}` : 'Date de réunion non renseignée'}
                    {' · '}
                    Modifié le {formatTimestamp(row.updatedAt)}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>
      </main>
      {importing && (
        <ImportDialog onClose={() => setImporting(false)} onImported={() => setGeneration((n) => n + 1)} />
      )}
    </>
  );
}
