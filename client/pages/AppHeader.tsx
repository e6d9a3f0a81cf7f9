import { useRef, type ReactNode } from 'react';
import type { MeResponse } from '../../shared/api/auth';
import { SkipLinks } from '../a11y/SkipLinks';
import { RemindersLink } from '../actionItems/RemindersLink';
import { AccountMenu } from '../auth/AccountMenu';
import { useOptionalMe } from '../auth/meContext';
import { Link } from '../router/Link';
import { useLocationPath } from '../router/navigation';
import { SearchBox } from '../search/SearchBox';
import { useHeaderHeight } from './useHeaderHeight';

/**
 * The bar at the top of every page: the app name, the main pages (or the page's own items
 * when it passes children, as the editor does) and who is signed in. `className` adds a
 * variant (the editor's bar, which holds more, tightens on narrow windows). Signed in, its skip
 * links come first.
 */
export function AppHeader({ children, className }: { children?: ReactNode; className?: string }) {
  const me = useOptionalMe();
  const header = useRef<HTMLElement>(null);
  useHeaderHeight(header);
  return (
    <header ref={header} className={className ? `app-header ${className}` : 'app-header'}>
      {me && <SkipLinks />}
      <Link to="/" className="brand" aria-label="Minutier — tous les comptes-rendus">
        Minutier
      </Link>
      {children ?? (me && <MainNavigation me={me} />)}
      {/* Not in the editor's bar (children), which is full already. */}
      {me && !children && <RemindersLink />}
      {me && <SearchBox />}
      {me && <AccountMenu me={me} />}
    </header>
  );
}

function MainNavigation({ me }: { me: MeResponse }) {
  const path = useLocationPath();
  const pages = [
    { to: '/', label: 'Comptes-rendus' },
    // The registry, every measure leading to the passages that cite it: read by every member (SPEC X1).
    { to: '/registre', label: 'Mesures' },
    { to: '/a-suivre', label: 'À suivre' },
    // Administration links only for the coordination (the server refuses the others anyway).
    ...(me.user.role === 'coordination'
      ? [
          { to: '/membres', label: 'Membres' },
          { to: '/journal', label: 'Journal' },
        ]
      : []),
  ];
  return (
    <nav className="main-nav" aria-label="Pages principales">
      {pages.map((page) => (
        <Link key={page.to} to={page.to} className="header-link" aria-current={path === page.to ? 'page' : undefined}>
          {page.label}
        </Link>
      ))}
    </nav>
  );
}
