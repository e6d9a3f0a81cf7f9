import type { ReactNode } from 'react';
import { identityFromMe } from '../auth/identityFromMe';
import { useMe } from '../auth/meContext';
import { EditorWorkspace } from '../editor/EditorWorkspace';
import { useMinutesDocument } from '../editor/model/useMinutesDocument';
import { useDroppedCopy } from '../offline/useDroppedCopy';
import { AppHeader } from './AppHeader';
import { OpenFailure } from './OpenFailure';

/** `/cr/:id`: loads the compte-rendu's metadata, then edits it as the signed-in account. */
export function EditorPage({ id }: { id: string }) {
  const { resource: minutes, reload } = useMinutesDocument(id);
  const me = useMe();
  const droppedCopy = useDroppedCopy(me.user.id, id, minutes.status === 'error' ? minutes.error : undefined);

  if (minutes.status === 'loading') {
    return (
      <PageFrame>
        <p className="muted">Chargement du compte-rendu…</p>
      </PageFrame>
    );
  }
  if (minutes.status === 'error') {
    return (
      <PageFrame>
        <OpenFailure error={minutes.error} notFoundTitle="Ce compte-rendu n'existe pas" failedTitle="Impossible d’ouvrir ce compte-rendu" />
        {droppedCopy && (
          <p className="card notice" role="status">
            {droppedCopy}
          </p>
        )}
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
