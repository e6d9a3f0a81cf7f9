import type { ReactNode } from 'react';
import { useMe } from '../../auth/meContext';
import { Link } from '../../router/Link';
import { AppHeader } from '../AppHeader';
import { usePageTitle } from '../../a11y/usePageTitle';

/**
 * The administration pages, for the coordination only. Their links are hidden from the
 * other roles; someone who types the address gets this notice (the server refuses anyway).
 */
export function CoordinationOnly({ children }: { children: ReactNode }) {
  const me = useMe();
  if (me.user.role === 'coordination') return <>{children}</>;
  return <RefusedNotice />;
}

function RefusedNotice() {
  usePageTitle('Page réservée à la coordination');
  return (
    <>
      <AppHeader />
      <main className="page page--narrow">
        <div className="card notice" role="alert">
          <h1>Page réservée à la coordination</h1>
          <p>Votre rôle ne donne pas accès à l’administration du collectif.</p>
          <p>
            <Link to="/">Retour à la liste des comptes-rendus</Link>
          </p>
        </div>
      </main>
    </>
  );
}
