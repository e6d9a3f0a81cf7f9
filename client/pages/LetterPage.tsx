import { useMemo, useState, type ReactNode } from 'react';
import type { LetterFields, LetterView } from '../../shared/api/letters';
import { useEditableResource } from '../api/useEditableResource';
import { identityFromMe } from '../auth/identityFromMe';
import { useMe } from '../auth/meContext';
import { awarenessUser } from '../identity';
import { DeleteLetterButton } from '../letters/DeleteLetterButton';
import { LetterBodyEditor } from '../letters/LetterBodyEditor';
import { LetterDownloads } from '../letters/LetterDownloads';
import { LetterFieldsForm } from '../letters/LetterFieldsForm';
import { LetterPreviewFoot, LetterPreviewHead } from '../letters/LetterPreview';
import { STALE_LETTER_MESSAGE } from '../letters/letterDraft';
import { getLetter } from '../letters/lettersApi';
import { Link } from '../router/Link';
import { editorPath } from '../router/matchRoute';
import { AppHeader } from './AppHeader';
import { OpenFailure } from './OpenFailure';
import '../letters/letters.css';
import { usePageTitle } from '../a11y/usePageTitle';

/**
 * `/lettre/:id`: the cover letter of a validated compte-rendu (SPEC L1–L8). Its body is written
 * together like the minutes; the parts around it are a form saved with « Enregistrer ».
 */
export function LetterPage({ id }: { id: string }) {
  // Each reload (after someone else saved) reads the letter again and starts the form afresh.
  const [reloads, setReloads] = useState(0);
  const [letter, updateLetter] = useEditableResource(`letter:${id}:${reloads}`, (signal) => getLetter(id, signal));
  const [staleNotice, setStaleNotice] = useState<string | null>(null);

  usePageTitle('Lettre d’envoi');

  if (letter.status === 'loading') {
    return (
      <PageFrame>
        <p className="muted" role="status">
          Chargement de la lettre…
        </p>
      </PageFrame>
    );
  }
  if (letter.status === 'error') {
    return (
      <PageFrame>
        <OpenFailure error={letter.error} notFoundTitle="Cette lettre n’existe pas" failedTitle="Impossible d’ouvrir cette lettre" />
      </PageFrame>
    );
  }
  return (
    <PageFrame>
      <LetterWorkspace
        key={reloads}
        letter={letter.data}
        staleNotice={staleNotice}
        onSaved={(saved) => {
          setStaleNotice(null);
          updateLetter(() => saved);
        }}
        onStale={() => {
          setStaleNotice(STALE_LETTER_MESSAGE);
          setReloads((count) => count + 1);
        }}
      />
    </PageFrame>
  );
}

interface LetterWorkspaceProps {
  letter: LetterView;
  staleNotice: string | null;
  onSaved(letter: LetterView): void;
  onStale(): void;
}

function LetterWorkspace({ letter, staleNotice, onSaved, onStale }: LetterWorkspaceProps) {
  // The preview follows the form as it is typed, before « Enregistrer ».
  const [typed, setTyped] = useState<LetterFields>(letter.fields);
  const shown = useMemo(() => ({ ...letter, fields: typed }), [letter, typed]);
  const me = useMe();
  const { name, association } = identityFromMe(me);
  const user = useMemo(() => awarenessUser({ name, association }), [name, association]);

  return (
    <>
      <div className="letter-page__heading">
        <h1 className="page-title">Lettre d’envoi</h1>
        <p>
          <Link to={editorPath(letter.minutesId)}>Compte-rendu «&nbsp;{letter.minutesTitle}&nbsp;»</Link>
        </p>
        <LetterDownloads letterId={letter.id} />
        {letter.canEdit && (
          <>
            <p className="hint">
              Pour l’envoyer par e-mail avec le compte-rendu, ouvrez «&nbsp;Envoyer…&nbsp;» sur le compte-rendu et choisissez
              cette lettre.
            </p>
            <DeleteLetterButton letterId={letter.id} minutesId={letter.minutesId} />
          </>
        )}
      </div>
      <div className="letter-layout">
        <article className="letter-sheet" aria-label="Aperçu de la lettre">
          <LetterPreviewHead letter={shown} />
          <LetterBodyEditor letterId={letter.id} user={user} canEdit={letter.canEdit} />
          <LetterPreviewFoot letter={shown} />
        </article>
        <LetterFieldsForm letter={letter} onSaved={onSaved} onStale={onStale} staleNotice={staleNotice} onDraft={setTyped} />
      </div>
    </>
  );
}

function PageFrame({ children }: { children: ReactNode }) {
  return (
    <>
      <AppHeader />
      <main className="page page--letter">{children}</main>
    </>
  );
}
