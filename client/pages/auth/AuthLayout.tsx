import type { ReactNode } from 'react';
import { Link } from '../../router/Link';

/** The frame of the pages seen before being signed in: the name of the app and one card. */
export function AuthLayout({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="auth-page">
      <p className="auth-page__brand">Minutier</p>
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
