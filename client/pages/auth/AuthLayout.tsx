import type { ReactNode } from 'react';
import { Link } from '../../router/Link';
import { usePageTitle } from '../../a11y/usePageTitle';

/** The frame of the pages seen before being signed in: the name of the app and one card. */
export function AuthLayout({ title, children }: { title: string; children: ReactNode }) {
  usePageTitle(title);
  return (
    <div className="auth-page">
      {/* A banner landmark: no content of the page is left outside a landmark (RGAA 12.6). */}
      <header className="auth-page__brand">Minutier</header>
      <main className="auth-card card">
        <h1>{title}</h1>
        {children}
      </main>
    </div>
  );
}

/** What a page shows when its one-time link is no longer valid (used, expired, mistyped). */
export function InvalidLinkNotice({ message }: { message: string }) {
  return (
    <>
      <p className="banner banner--error" role="alert">
        {message}
      </p>
      <p>
        <Link to="/connexion">Aller à la page de connexion</Link>
      </p>
    </>
  );
}
