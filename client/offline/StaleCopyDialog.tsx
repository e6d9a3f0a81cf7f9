import { useState } from 'react';
import { ModalDialog } from '../panels/ModalDialog';

interface StaleCopyDialogProps {
  passages: readonly string[];
  /** Null when this person cannot suggest here (read-only, editor not ready). */
  onPropose: (() => Promise<void>) | null;
  /** Drops the copy (after copying, proposing, or on purpose). */
  onAbandon(): Promise<void>;
  /** Decide later: the copy stays on this device and is offered again at the next opening. */
  onClose(): void;
}

/**
 * What was typed offline into a copy the server has since rewritten (a restored version):
 * never merged, shown as passages to copy or propose as suggestions (issue 19).
 */
export function StaleCopyDialog({ passages, onPropose, onAbandon, onClose }: StaleCopyDialogProps) {
  const [copied, setCopied] = useState<'done' | 'failed' | null>(null);
  const [busy, setBusy] = useState(false);
  const run = (action: () => Promise<void>) => {
    setBusy(true);
    action().finally(() => setBusy(false));
  };
  const copy = () =>
    navigator.clipboard.writeText(passages.join('\n\n')).then(
      () => setCopied('done'),
      () => setCopied('failed'),
    );

  return (
    <ModalDialog title="Ce compte-rendu a changé pendant que vous étiez hors ligne" onClose={onClose}>
      <p>
        Une version antérieure a été restaurée depuis que vous avez écrit sur cet appareil : votre copie n’a pas été
        fusionnée, pour ne pas faire revenir ce qui a été retiré. Voici ce que vous aviez tapé hors ligne.
      </p>
      <ol aria-label="Passages tapés hors ligne">
        {passages.map((passage) => (
          <li key={passage} style={{ whiteSpace: 'pre-wrap' }}>
            {passage}
          </li>
        ))}
      </ol>
      <p role="status">
        {copied === 'done' && 'Passages copiés dans le presse-papiers.'}
        {copied === 'failed' && 'La copie a échoué : sélectionnez les passages ci-dessus pour les copier.'}
      </p>
      <div className="form-actions modal-dialog__footer">
        <button type="button" className="button" data-autofocus onClick={() => void copy()} disabled={busy}>
          Copier
        </button>
        {onPropose && (
          <button type="button" className="button button--primary" onClick={() => run(onPropose)} disabled={busy}>
            Proposer comme suggestions
          </button>
        )}
        <button type="button" className="button button--danger" onClick={() => run(onAbandon)} disabled={busy}>
          Abandonner cette copie
        </button>
      </div>
    </ModalDialog>
  );
}
