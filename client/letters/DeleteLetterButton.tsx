import { useState } from 'react';
import { ConfirmDeletionDialog } from '../panels/ConfirmDeletionDialog';
import { navigate } from '../router/navigation';
import { editorPath } from '../router/matchRoute';
import { deleteLetter } from './lettersApi';

/** « Supprimer la lettre » (secretariat, coordination), confirmed; back to the compte-rendu afterwards. */
export function DeleteLetterButton({ letterId, minutesId }: { letterId: string; minutesId: string }) {
  const [confirming, setConfirming] = useState(false);
  return (
    <>
      <button type="button" className="button button--danger" onClick={() => setConfirming(true)}>
        Supprimer la lettre
      </button>
      {confirming && (
        <ConfirmDeletionDialog
          title="Supprimer la lettre d’envoi"
          remove={() => deleteLetter(letterId)}
          onClose={() => setConfirming(false)}
          onDeleted={() => navigate(editorPath(minutesId), { replace: true })}
        >
          <p>
            Supprimer définitivement cette lettre d’envoi, son texte et ses champs&nbsp;? Les envois déjà faits restent dans
            l’historique du compte-rendu. Cette suppression ne peut pas être annulée.
          </p>
        </ConfirmDeletionDialog>
      )}
    </>
  );
}
