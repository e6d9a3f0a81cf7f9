import { useState } from 'react';
import { deleteMinutes } from '../api/minutesApi';
import { ModalDialog } from './ModalDialog';

interface DeleteMinutesDialogProps {
  id: string;
  title: string;
  onClose(): void;
  /** The compte-rendu no longer exists: the caller removes it from what it shows. */
  onDeleted(): void;
}

/**
 * « Supprimer » a compte-rendu (coordination): the dialog names it and says what goes with
 * it, the focus starts on « Annuler », and a refusal from the server is said in the dialog.
 */
export function DeleteMinutesDialog({ id, title, onClose, onDeleted }: DeleteMinutesDialogProps) {
  const [deleting, setDeleting] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function confirm() {
    setDeleting(true);
    setError(null);
    try {
      await deleteMinutes(id);
      onDeleted();
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : 'La suppression a échoué.');
      setDeleting(false);
    }
  }

  return (
    <ModalDialog title="Supprimer le compte-rendu" onClose={onClose}>
      <p>
        {`Supprimer définitivement «\u00a0${title}\u00a0»\u00a0?`} Son texte, ses versions, ses commentaires et ses
        partages seront effacés. Cette suppression ne peut pas être annulée.
      </p>
      {error && (
        <p className="banner banner--error" role="alert">
          {error}
        </p>
      )}
      <div className="form-actions modal-dialog__footer">
        <button type="button" className="button" data-autofocus onClick={onClose}>
          Annuler
        </button>
        <button type="button" className="button button--danger" disabled={deleting} onClick={confirm}>
          {deleting ? 'Suppression…' : 'Supprimer définitivement'}
        </button>
      </div>
    </ModalDialog>
  );
}
