import { type ReactNode, useState } from 'react';
import { ModalDialog } from './ModalDialog';

interface ConfirmDeletionDialogProps {
  title: string;
  /** What is deleted and what goes with it. */
  children: ReactNode;
  /** Deletes; a rejection's message is said in the dialog, which stays open. */
  remove(): Promise<void>;
  onClose(): void;
  /** The thing no longer exists: the caller removes it from what it shows. */
  onDeleted(): void;
}

/**
 * A definitive deletion: the dialog says what goes, the focus starts on « Annuler », and a
 * refusal from the server is said in the dialog.
 */
export function ConfirmDeletionDialog({ title, children, remove, onClose, onDeleted }: ConfirmDeletionDialogProps) {
  const [deleting, setDeleting] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function confirm() {
    setDeleting(true);
    setError(null);
    try {
      await remove();
      onDeleted();
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : 'La suppression a échoué.');
      setDeleting(false);
    }
  }

  return (
    <ModalDialog title={title} onClose={onClose}>
      {children}
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
