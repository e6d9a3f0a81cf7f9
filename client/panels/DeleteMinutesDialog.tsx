import { deleteMinutes } from '../api/minutesApi';
import { ConfirmDeletionDialog } from './ConfirmDeletionDialog';

interface DeleteMinutesDialogProps {
  id: string;
  title: string;
  onClose(): void;
  /** The compte-rendu no longer exists: the caller removes it from what it shows. */
  onDeleted(): void;
}

/** « Supprimer » a compte-rendu (coordination): the dialog names it and says what goes with it. */
export function DeleteMinutesDialog({ id, title, onClose, onDeleted }: DeleteMinutesDialogProps) {
  return (
    <ConfirmDeletionDialog title="Supprimer le compte-rendu" remove={() => deleteMinutes(id)} onClose={onClose} onDeleted={onDeleted}>
      <p>
        {`Supprimer définitivement «\u00a0${title}\u00a0»\u00a0?`} Son texte, ses versions, ses commentaires, ses
        lettres d’envoi et ses partages seront effacés. Cette suppression ne peut pas être annulée.
      </p>
    </ConfirmDeletionDialog>
  );
}
