import type { ReactNode } from 'react';
import { ApiRequestError } from '../api/http';
import { identityFromMe } from '../auth/identityFromMe';
import { useMe } from '../auth/meContext';
import { EditorWorkspace } from '../editor/EditorWorkspace';
import { useMinutesDocument } from '../editor/model/useMinutesDocument';
import { Link } from '../router/Link';
import { AppHeader } from './AppHeader';

/** `/cr/:id`: loads the compte-rendu's metadata, then edits it as the signed-in account. */
export function EditorPage({ id }: { id: string }) {
  const { resource: minutes, reload } = useMinutesDocument(id);
  const me = useMe();

  if (minutes.status === 'loading') {
    return (
      <PageFrame>
        <p className="muted">Chargement du compte-rendu…</p>
      </PageFrame>
    );
  }
  if (minutes.status === 'error') {
    const notFound = minutes.error instanceof ApiRequestError && minutes.error.status === 404;
    return (
      <PageFrame>
        <div className="card notice" role="alert">
          <h1>{notFound ? "Ce compte-rendu n'existe pas" : 'Impossible d’ouvrir ce compte-rendu'}</h1>
          {!notFound && <p>{minutes.error.message}</p>}
          <p>
            <Link to="/">Retour à la liste des comptes-rendus</Link>
          </p>
        </div>
      </PageFrame>
    );
  }
  return (
    <EditorWorkspace
      id={id}
      minutes={minutes.data}
      identity={identityFromMe(me)}
      onMinutesChanged={reload}
    />
  );
}

function PageFrame({ children }: { children: ReactNode }) {
  return (
    <>
      <AppHeader />
      <main className="page page--narrow">{children}</main>
    </>
  );
}
