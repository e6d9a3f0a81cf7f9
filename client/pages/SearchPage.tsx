import { type FormEvent, useState } from 'react';
import type { SearchResult } from '../../shared/api/search';
import { statusLabels } from '../../shared/api/review';
import { useApiResource } from '../api/useApiResource';
import { SeriesSelect } from '../forms/SeriesSelect';
import { formatMeetingDate } from '../format/formatDate';
import { Link } from '../router/Link';
import { currentPath, navigate, useLocationSearch } from '../router/navigation';
import { Excerpt } from '../search/Excerpt';
import { passagePath, searchMinutes, searchPagePath } from '../search/searchApi';
import { AppHeader } from './AppHeader';
import { usePageTitle } from '../a11y/usePageTitle';

const FILTERS = ['status', 'from', 'to', 'association', 'series'] as const;
type Filter = (typeof FILTERS)[number];

const kindLabels: Record<SearchResult['kind'], string> = {
  title: 'Titre',
  participants: 'Participants',
  speakerTurn: 'Tour de parole',
  actionItem: 'À suivre',
  heading: 'Titre de section',
  paragraph: 'Texte',
};

/** « Tour de parole — Amicale du Nid (Hélène De Rugy) — section « Actualités » » */
function whereOf(result: SearchResult): string {
  const speaker = result.organisation ? ` — ${result.organisation}${result.person ? ` (${result.person})` : ''}` : '';
  // A heading is its own section: saying so twice would only repeat it.
  const section = result.section && result.kind !== 'heading' ? ` — section «\u00a0${result.section}\u00a0»` : '';
  return `${kindLabels[result.kind]}${speaker}${section}`;
}

/** `/recherche?q=…`: passages of every compte-rendu the user may read, the searched words highlighted (SPEC Q1–Q6). */
export function SearchPage() {
  usePageTitle('Recherche');
  const search = useLocationSearch();
  const params = new URLSearchParams(search);
  const query = params.get('q')?.trim() ?? '';
  // Submitting the same search again asks again: after a refusal (429, A19) or a lost connection.
  const [attempt, setAttempt] = useState(0);
  const results = useApiResource(`search-${search}-${attempt}`, (signal) => (query ? searchMinutes(params, signal) : Promise.resolve([])));

  return (
    <>
      <AppHeader />
      <main className="page page--search">
        <h1 id="search-heading">Recherche</h1>
        <SearchFilters key={search} params={params} onSearchAgain={() => setAttempt((n) => n + 1)} />
        <section aria-labelledby="search-results-heading" aria-busy={results.status === 'loading'}>
          <h2 id="search-results-heading" className="visually-hidden">
            Résultats
          </h2>
          {!query && <p className="muted">Saisissez des mots à chercher : accents et majuscules ne comptent pas, les guillemets cherchent une expression exacte.</p>}
          {query && results.status === 'loading' && <p className="muted">Recherche en cours…</p>}
          {results.status === 'error' && <p role="alert">{results.error.message}</p>}
          {query && results.status === 'ready' && <SearchResults results={results.data} query={query} />}
        </section>
      </main>
    </>
  );
}

function SearchResults({ results, query }: { results: SearchResult[]; query: string }) {
  if (results.length === 0) {
    return <p role="status">Aucun passage ne correspond à «\u00a0{query}\u00a0».</p>;
  }
  return (
    <>
      <p role="status">{results.length === 1 ? '1 passage trouvé' : `${results.length} passages trouvés`}</p>
      <ol className="search-results">
        {results.map((result, index) => (
          <li key={`${result.documentId}-${result.blockId ?? result.kind}-${index}`} className="search-result">
            <Link to={passagePath(result.documentId, result.blockId)} className="search-result__title">
              {result.title}
            </Link>
            <p className="search-result__where">
              {result.meetingDate ? `${formatMeetingDate(result.meetingDate)} — ` : ''}
              {statusLabels[result.status]} — {whereOf(result)}
            </p>
            <p className="search-result__excerpt">
              <Excerpt parts={result.excerptParts} />
            </p>
          </li>
        ))}
      </ol>
    </>
  );
}

/** The query and its filters, as a form that rewrites the page's address. */
function SearchFilters({ params, onSearchAgain }: { params: URLSearchParams; onSearchAgain: () => void }) {
  const [query, setQuery] = useState(params.get('q') ?? '');
  const [filters, setFilters] = useState<Record<Filter, string>>(
    () => Object.fromEntries(FILTERS.map((name) => [name, params.get(name) ?? ''])) as Record<Filter, string>,
  );
  const set = (name: Filter) => (event: { target: { value: string } }) => setFilters({ ...filters, [name]: event.target.value });

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!query.trim()) return;
    const path = searchPagePath(query.trim(), filters);
    if (path === currentPath()) onSearchAgain();
    else navigate(path);
  }

  return (
    <form className="form-row search-filters" onSubmit={submit} aria-labelledby="search-heading">
      <div className="field field--grow">
        <label htmlFor="search-query">Mots cherchés</label>
        <input id="search-query" type="search" value={query} onChange={(event) => setQuery(event.target.value)} maxLength={500} required />
      </div>
      <div className="field">
        <label htmlFor="search-status">Statut</label>
        <select id="search-status" value={filters.status} onChange={set('status')}>
          <option value="">Tous</option>
          {Object.entries(statusLabels).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="search-from">Réunions du</label>
        <input id="search-from" type="date" value={filters.from} onChange={set('from')} />
      </div>
      <div className="field">
        <label htmlFor="search-to">au</label>
        <input id="search-to" type="date" value={filters.to} onChange={set('to')} />
      </div>
      <div className="field">
        <label htmlFor="search-association">Association qui parle</label>
        <input id="search-association" type="text" value={filters.association} onChange={set('association')} maxLength={300} />
      </div>
      <SeriesSelect id="search-series" value={filters.series} onChange={set('series')} />
      <div className="form-actions form-actions--inline">
        <button type="submit" className="button button--primary">
          Chercher
        </button>
      </div>
    </form>
  );
}
