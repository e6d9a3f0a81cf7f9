import { type FormEvent, useState } from 'react';
import type { ActionItemView } from '../../shared/api/actionItems';
import { useApiResource } from '../api/useApiResource';
import { SeriesSelect } from '../forms/SeriesSelect';
import { ActionItemRow } from '../actionItems/ActionItemRow';
import { ActionItemsExportButtons } from '../actionItems/ActionItemsExportButtons';
import { ACTION_ITEMS_PATH, listActionItems } from '../actionItems/actionItemsApi';
import { actionItemsCsv } from '../actionItems/actionItemsCsv';
import { mailConfigured } from '../actionItems/reminderApi';
import '../actionItems/actionItems.css';
import { useMe } from '../auth/meContext';
import { navigate, useLocationSearch } from '../router/navigation';
import { AppHeader } from './AppHeader';
import { usePageTitle } from '../a11y/usePageTitle';

const FILTERS = ['status', 'overdue', 'association', 'series', 'from', 'to', 'sort'] as const;
type Filter = (typeof FILTERS)[number];

/** Saves the filtered list as « points-a-suivre.csv ». */
function downloadCsv(items: readonly ActionItemView[]) {
  const url = URL.createObjectURL(new Blob([actionItemsCsv(items)], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = 'points-a-suivre.csv';
  link.click();
  URL.revokeObjectURL(url);
}

/**
 * `/a-suivre`: every « À suivre » of the comptes-rendus the user may read, each once (SPEC T1),
 * « nos points à suivre » first, with filters and sorting in the address.
 */
export function ActionItemsPage() {
  usePageTitle('À suivre');
  const search = useLocationSearch();
  const params = new URLSearchParams(search);
  const [reloads, setReloads] = useState(0);
  const items = useApiResource(`action-items-${search}-${reloads}`, (signal) => listActionItems(params, signal));
  const me = useMe();
  const canWrite = me.user.role !== 'reader';
  // Only the coordination sends reminders (T7); the others never ask whether mail works.
  const coordination = me.user.role === 'coordination';
  const mail = useApiResource(`mail-settings-${coordination}`, async (signal) => (coordination ? mailConfigured(signal) : false));
  const reminders = coordination && mail.status === 'ready' ? { mailConfigured: mail.data } : undefined;

  return (
    <>
      <AppHeader />
      <main className="page page--action-items">
        <h1 id="action-items-heading">À suivre</h1>
        <ActionItemFilters key={search} params={params} />
        <section aria-labelledby="action-items-heading" aria-busy={items.status === 'loading'}>
          {items.status === 'loading' && <p className="muted">Chargement des points à suivre…</p>}
          {items.status === 'error' && <p role="alert">{items.error.message}</p>}
          {items.status === 'ready' && (
            <>
              <p role="status">
                {items.data.length === 0 ? 'Aucun point à suivre ne correspond.' : items.data.length === 1 ? '1 point à suivre' : `${items.data.length} points à suivre`}{' '}
                {items.data.length > 0 && (
                  <button type="button" className="button button--small" onClick={() => downloadCsv(items.data)}>
                    Exporter en CSV
                  </button>
                )}{' '}
                {items.data.length > 0 && <ActionItemsExportButtons params={params} />}
              </p>
              <ActionItemTable
                title="Nos points à suivre"
                items={items.data.filter((item) => item.ours)}
                canWrite={canWrite}
                reminders={reminders}
                onChanged={() => setReloads((n) => n + 1)}
              />
              <ActionItemTable
                title={items.data.some((item) => item.ours) ? 'Autres points à suivre' : 'Points à suivre'}
                items={items.data.filter((item) => !item.ours)}
                canWrite={canWrite}
                reminders={reminders}
                onChanged={() => setReloads((n) => n + 1)}
              />
            </>
          )}
        </section>
      </main>
    </>
  );
}

interface ActionItemTableProps {
  title: string;
  items: ActionItemView[];
  canWrite: boolean;
  reminders: { mailConfigured: boolean } | undefined;
  onChanged: () => void;
}

function ActionItemTable({ title, items, canWrite, reminders, onChanged }: ActionItemTableProps) {
  if (items.length === 0) return null;
  return (
    // Wider than a phone, the table scrolls in its own region (reached by Tab), not the page.
    <div className="table-scroll" role="region" aria-label={title} tabIndex={0}>
      <table className="admin-table action-items-table">
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col">Point</th>
            <th scope="col">Porteurs</th>
            <th scope="col">Échéance</th>
            <th scope="col">Statut</th>
            <th scope="col">Issu du compte-rendu</th>
            {canWrite && <th scope="col">Actions</th>}
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <ActionItemRow key={`${item.documentId}-${item.id}`} item={item} canWrite={canWrite} reminders={reminders} onChanged={onChanged} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The filters, as a form that rewrites the page's address. */
function ActionItemFilters({ params }: { params: URLSearchParams }) {
  const [filters, setFilters] = useState<Record<Filter, string>>(
    () => Object.fromEntries(FILTERS.map((name) => [name, params.get(name) ?? ''])) as Record<Filter, string>,
  );
  const set = (name: Filter) => (event: { target: { value: string } }) => setFilters({ ...filters, [name]: event.target.value });

  function submit(event: FormEvent) {
    event.preventDefault();
    const query = new URLSearchParams(Object.entries(filters).filter(([, value]) => value !== ''));
    navigate(query.size > 0 ? `${ACTION_ITEMS_PATH}?${query.toString()}` : ACTION_ITEMS_PATH);
  }

  return (
    <form className="form-row search-filters" onSubmit={submit} aria-label="Filtrer les points à suivre">
      <div className="field">
        <label htmlFor="action-status">Statut</label>
        <select id="action-status" value={filters.status} onChange={set('status')}>
          <option value="">Tous</option>
          <option value="open">À faire</option>
          <option value="done">Faits</option>
        </select>
      </div>
      <div className="field">
        <label htmlFor="action-overdue">Retard</label>
        <select id="action-overdue" value={filters.overdue} onChange={set('overdue')}>
          <option value="">Tous</option>
          <option value="1">En retard</option>
          <option value="0">Pas en retard</option>
        </select>
      </div>
      <div className="field">
        <label htmlFor="action-association">Association porteuse</label>
        <input id="action-association" type="text" value={filters.association} onChange={set('association')} maxLength={300} />
      </div>
      <SeriesSelect id="action-series" value={filters.series} onChange={set('series')} />
      <div className="field">
        <label htmlFor="action-from">Réunions du</label>
        <input id="action-from" type="date" value={filters.from} onChange={set('from')} />
      </div>
      <div className="field">
        <label htmlFor="action-to">au</label>
        <input id="action-to" type="date" value={filters.to} onChange={set('to')} />
      </div>
      <div className="field">
        <label htmlFor="action-sort">Trier par</label>
        <select id="action-sort" value={filters.sort} onChange={set('sort')}>
          <option value="">Échéance</option>
          <option value="meeting">Réunion (récentes d’abord)</option>
          <option value="status">Statut (à faire d’abord)</option>
        </select>
      </div>
      <div className="form-actions form-actions--inline">
        <button type="submit" className="button button--primary">
          Filtrer
        </button>
      </div>
    </form>
  );
}
