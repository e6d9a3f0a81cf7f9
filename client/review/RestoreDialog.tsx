import { useState } from 'react';
import type { VersionSummary } from '../../shared/api/review';
import { formatTimestamp } from '../format/formatDate';
import { versionName } from './versionLabels';
import { ModalDialog } from '../panels/ModalDialog';

interface RestoreDialogProps {
  version: VersionSummary;
  onRestore(): Promise<void>;
  onClose(): void;
}

/** Confirms a restore: it rewrites the text for everyone who is editing it (W6). */
export function RestoreDialog({ version, onRestore, onClose }: RestoreDialogProps) {
  const [serverError, setServerError] = useState<string | null>(null);
  const [restoring, setRestoring] = useState(false);

  async function restore() {
    setServerError(null);
    setRestoring(true);
    try {
      await onRestore();
    } catch (error) {
      setServerError(error instanceof Error ? error.message : 'La restauration a échoué.');
      setRestoring(false);
    }
  }

  return (
    <ModalDialog title="Restaurer une version" onClose={onClose}>
      <p>
        Le texte redeviendra celui de «&nbsp;{versionName(version)}&nbsp;» ({formatTimestamp(version.createdAt)}), pour toutes les personnes
        qui le modifient en ce moment.
      </p>
      <p className="hint">
        Les modifications faites depuis seront retirées du texte. Pour pouvoir y revenir, enregistrez d’abord une version
        du texte actuel.
      </p>
      {serverError && (
        <p className="banner banner--error" role="alert">
          {serverError}
        </p>
      )}
      <div className="form-actions">
        <button type="button" className="button button--primary" onClick={restore} disabled={restoring}>
          {restoring ? 'Restauration…' : 'Restaurer cette version'}
        </button>
        <button type="button" className="button" onClick={onClose} data-autofocus>
          Annuler
        </button>
      </div>
    </ModalDialog>
  );
}
