import type { ReactNode } from 'react';
import { Link } from '../router/Link';

/** The bar at the top of every page: the app name, a way home, and page-specific items. */
export function AppHeader({ children }: { children?: ReactNode }) {
  return (
    <header className="app-header">
      <Link to="/" className="brand" aria-label="Minutier — tous les comptes-rendus">
        Minutier
      </Link>
      {children}
    </header>
  );
}
