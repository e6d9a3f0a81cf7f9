import { ApiRequestError } from '../api/http';
import { Link } from '../router/Link';
import { usePageTitle } from '../a11y/usePageTitle';

interface OpenFailureProps {
  error: Error;
  /** « Ce compte-rendu n'existe pas »: what a 404 says. */
  notFoundTitle: string;
  /** « Impossible d’ouvrir ce compte-rendu »: any other failure, with the server's message under it. */
  failedTitle: string;
}

/** What a page says when what it opens cannot be read, with the way back to the list. */
export function OpenFailure({ error, notFoundTitle, failedTitle }: OpenFailureProps) {
  const notFound = error instanceof ApiRequestError && error.status === 404;
  usePageTitle(notFound ? notFoundTitle : failedTitle);
  return (
    <div className="card notice" role="alert">
      <h1>{notFound ? notFoundTitle : failedTitle}</h1>
      {!notFound && <p>{error.message}</p>}
      <p>
        <Link to="/">Retour à la liste des comptes-rendus</Link>
      </p>
    </div>
  );
}
