import { useEffect, useMemo, useRef } from 'react';
import type { AuditEntry } from '../../api/accountTypes';
import { listAccounts, listAssociations } from '../../api/membersApi';
import { listMinutes } from '../../api/minutesApi';
import { useApiResource } from '../../api/useApiResource';
import { formatTimestamp } from '../../format/formatDate';
import { AppHeader } from '../AppHeader';
import { describeAuditEntry, type AuditNames } from './auditDescription';
import { useAuditPages } from './useAuditPages';
import { usePageTitle } from '../../a11y/usePageTitle';

/** Names the journal can show instead of ids; whatever fails to load just shows less. */
function useAuditNames(entries: AuditEntry[]): AuditNames {
  const accounts = useApiResource('audit-accounts', listAccounts);
  const associations = useApiResource('audit-associations', listAssociations);
  const minutes = useApiResource('audit-minutes', listMinutes);
  return useMemo(() => {
    const lookup = <T,>(resource: { status: string; data?: T[] }, key: (row: T) => [string, string]) =>
      new Map(resource.status === 'ready' && resource.data ? resource.data.map(key) : []);
    const users = lookup(accounts, (a) => [a.id, a.name]);
    const groups = lookup(associations, (a) => [a.id, a.name]);
    const documents = lookup(minutes, (m) => [m.id, m.meta.title]);
    // A revoked token is named by the entry that recorded its creation.
    const tokens = new Map(
      entries.filter((e) => e.action === 'token.created' && e.target).map((e) => [e.target as string, String(e.details.name ?? '')]),
    );
    return {
      user: (id) => users.get(id),
      association: (id) => groups.get(id),
      document: (id) => documents.get(id),
      token: (id) => tokens.get(id) || undefined,
    };
  }, [accounts, associations, minutes, entries]);
}

/** `/journal`: who did what and when, for the coordination (A11). */
export function AuditLogPage() {
  usePageTitle('Journal');
  const audit = useAuditPages();
  const names = useAuditNames(audit.entries);
  const firstNewRow = useRef<HTMLTableRowElement>(null);

  // After « Entrées plus anciennes », keyboard users continue from the first new entry.
  useEffect(() => {
    if (audit.firstOfLastPage > 0) firstNewRow.current?.focus();
  }, [audit.firstOfLastPage]);

  return (
    <>
      <AppHeader />
      <main className="page page--wide">
        <h1 className="page-title">Journal</h1>
        <p className="hint">
          Connexions, changements de rôle, invitations, jetons d’API, création et suppression de comptes-rendus : les
          plus récents en premier.
        </p>
        {audit.entries.length === 0 && !audit.loading && !audit.error && <p className="muted">Le journal est vide.</p>}
        {audit.entries.length > 0 && (
          <div className="table-scroll card card--flush">
            <table className="admin-table audit-table">
              <caption className="visually-hidden">Journal du collectif</caption>
              <thead>
                <tr>
                  <th scope="col">Date</th>
                  <th scope="col">Par</th>
                  <th scope="col">Action</th>
                  <th scope="col">Sur</th>
                  <th scope="col">Détails</th>
                  <th scope="col">Adresse IP</th>
                </tr>
              </thead>
              <tbody>
                {audit.entries.map((entry, index) => {
                  const description = describeAuditEntry(entry, names);
                  return (
                    <tr
                      key={entry.id}
                      ref={index === audit.firstOfLastPage ? firstNewRow : undefined}
                      tabIndex={index === audit.firstOfLastPage ? -1 : undefined}
                      className={entry.action === 'auth.login_failed' ? 'audit-table__warning' : undefined}
                    >
                      <td className="audit-table__date">{formatTimestamp(entry.at)}</td>
                      <td className="audit-table__actor">
                        {entry.actorName ?? (entry.actorId ? 'Compte supprimé' : 'Anonyme')}
                      </td>
                      <td>{description.action}</td>
                      <td>{description.subject ?? '—'}</td>
                      <td>{description.details ?? ''}</td>
                      <td className="audit-table__ip">{entry.ip ?? ''}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
        {audit.error && (
          <p className="banner banner--error" role="alert">
            {audit.error.message}
          </p>
        )}
        <div className="form-actions">
          {audit.loading && (
            <p className="muted" role="status">
              Chargement du journal…
            </p>
          )}
          {!audit.loading && audit.hasMore && (
            <button type="button" className="button" onClick={audit.loadOlder}>
              Entrées plus anciennes
            </button>
          )}
          {!audit.loading && audit.error && (
            <button type="button" className="button" onClick={audit.loadOlder}>
              Réessayer
            </button>
          )}
        </div>
      </main>
    </>
  );
}
