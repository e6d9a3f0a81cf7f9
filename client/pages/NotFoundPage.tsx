import { Link } from '../router/Link';
import { AppHeader } from './AppHeader';
import { usePageTitle } from '../a11y/usePageTitle';

export function NotFoundPage() {
  usePageTitle('Page introuvable');
  return (
    <>
      <AppHeader />
      <main className="page page--narrow">
        <div className="card notice">
          <h1>Page introuvable</h1>
          <p>Cette adresse ne correspond à aucune page de Minutier.</p>
          <p>
            <Link to="/">Retour à la liste des comptes-rendus</Link>
          </p>
        </div>
      </main>
    </>
  );
}
