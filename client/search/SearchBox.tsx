import { type FormEvent, useEffect, useRef, useState } from 'react';
import { navigate, useLocationPath, useLocationSearch } from '../router/navigation';
import { SEARCH_PATH, searchPagePath } from './searchApi';
import { isSearchShortcut } from './searchShortcuts';
import './search.css';

/** The header's search field: Entrée opens the results page; « / » or Ctrl+K puts the focus here. */
export function SearchBox() {
  const path = useLocationPath();
  const search = useLocationSearch();
  const shownQuery = path === SEARCH_PATH ? (new URLSearchParams(search).get('q') ?? '') : '';
  const [query, setQuery] = useState(shownQuery);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => setQuery(shownQuery), [shownQuery]);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isSearchShortcut(event)) return;
      event.preventDefault();
      input.current?.focus();
      input.current?.select();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (query.trim()) navigate(searchPagePath(query.trim()));
  }

  return (
    <form role="search" className="search-box" onSubmit={submit}>
      <label htmlFor="search-box-input" className="visually-hidden">
        Rechercher dans les comptes-rendus
      </label>
      <input
        id="search-box-input"
        ref={input}
        type="search"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        placeholder="Rechercher (/)"
        aria-keyshortcuts="/ Control+K"
        maxLength={500}
      />
    </form>
  );
}
