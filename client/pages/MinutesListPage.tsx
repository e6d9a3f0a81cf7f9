import type { MinutesSummary } from '../../shared/api/minutes';
import { listMinutes } from '../api/minutesApi';
import { useApiResource } from '../api/useApiResource';
import { formatMeetingDate, formatTimestamp } from '../format/formatDate';
import { CreateMinutesForm } from '../panels/CreateMinutesForm';
import { Link } from '../router/Link';
import { editorPath } from '../router/matchRoute';
import { navigate } from '../router/navigation';
import { AppHeader } from './AppHeader';

/** Most recently touched first: the one being written is usually the one wanted. */
function byMostRecentUpdate(a: MinutesSummary, b: MinutesSummary): number {
  return b.updatedAt.localeCompare(a.updatedAt);
}

export function MinutesListPage() {
  const minutes = useApiResource('minutes', listMinutes);

  return (
    <>
      <AppHeader />
      <main className="page page--list">
        <CreateMinutesForm onCreated={(id) => navigate(editorPath(id))} />
        <section className="minutes-list" aria-labelledby="minutes-list-heading">
          <h2 id="minutes-list-heading">Comptes-rendus</h2>
          {minutes.status === 'loading' && <p className="muted">Chargement des comptes-rendus…</p>}
          {minutes.status === 'error' && (
            <p className="banner banner--error" role="alert">
              {minutes.error.message}
            </p>
          )}
          {minutes.status === 'ready' && minutes.data.length === 0 && (
            <p className="muted">Aucun compte-rendu pour l'instant : créez le premier ci-dessus.</p>
          )}
          {minutes.status === 'ready' && minutes.data.length > 0 && (
            <ul className="minutes-rows">
              {[...minutes.data].sort(byMostRecentUpdate).map((row) => (
                <li key={row.id} className="minutes-row">
                  <Link to={editorPath(row.id)} className="minutes-row__title">
                    {row.meta.title}
                  </Link>
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
    </>
  );
}
