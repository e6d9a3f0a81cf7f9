import { ModalDialog } from '../panels/ModalDialog';

interface UnsyncedLossDialogProps {
  title: string;
  /** What losing them would do, and the question. */
  message: string;
  keepLabel: string;
  confirmLabel: string;
  onKeep(): void;
  onConfirm(): void;
}

/** Asks before wiping local copies that hold edits the server never got; keeping them comes first. */
export function UnsyncedLossDialog({ title, message, keepLabel, confirmLabel, onKeep, onConfirm }: UnsyncedLossDialogProps) {
  return (
    <ModalDialog title={title} onClose={onKeep}>
      <p>{message}</p>
      <div className="form-actions">
        <button type="button" className="button button--primary" onClick={onKeep} data-autofocus>
          {keepLabel}
        </button>
        <button type="button" className="button button--danger" onClick={onConfirm}>
          {confirmLabel}
        </button>
      </div>
    </ModalDialog>
  );
}
