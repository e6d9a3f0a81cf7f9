import { useEffect, useId, useState } from 'react';
import { useMe } from '../../auth/meContext';
import { keepOfflineSetting, setKeepOffline } from '../../offline/keepOffline';
import { hasUnsyncedEdits } from '../../offline/unsyncedEdits';
import { UnsyncedLossDialog } from '../../offline/UnsyncedLossDialog';

const UNSYNCED_LOSS =
  'Des modifications faites sur cet appareil n’ont pas encore été envoyées au serveur : elles seront perdues. Supprimer les copies quand même ?';

/**
 * « Hors ligne » in the settings: whether this device keeps the account's documents for
 * working without network. Turning it off deletes the copies, after asking when some of
 * them hold edits the server never got.
 */
export function OfflineSection() {
  const accountId = useMe().user.id;
  const [keep, setKeep] = useState<boolean | null>(null);
  const [confirmingLoss, setConfirmingLoss] = useState(false);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const headingId = useId();
  const hintId = useId();

  useEffect(() => {
    let current = true;
    keepOfflineSetting(accountId).then(
      (value) => current && setKeep(value),
      () => current && setError('Ce navigateur ne permet pas de garder des documents (stockage local indisponible).'),
    );
    return () => {
      current = false;
    };
  }, [accountId]);

  async function apply(on: boolean) {
    setConfirmingLoss(false);
    setBusy(true);
    setError(null);
    try {
      await setKeepOffline(accountId, on);
      setKeep(on);
      setMessage(on ? 'Les documents que vous ouvrirez seront gardés sur cet appareil.' : 'Les copies de cet appareil ont été supprimées.');
    } catch {
      setError('Le réglage n’a pas pu être enregistré sur cet appareil.');
    } finally {
      setBusy(false);
    }
  }

  async function toggle(on: boolean) {
    setMessage(null);
    if (on) return apply(true);
    setBusy(true);
    const unsynced = await hasUnsyncedEdits(accountId).catch(() => true);
    setBusy(false);
    if (unsynced) setConfirmingLoss(true);
    else await apply(false);
  }

  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>Hors ligne</h2>
      <label>
        <input
          type="checkbox"
          checked={keep ?? false}
          disabled={keep === null || busy}
          aria-describedby={hintId}
          onChange={(event) => void toggle(event.target.checked)}
        />{' '}
        Garder les documents hors ligne sur cet appareil
      </label>
      <p id={hintId} className="hint">
        Les comptes-rendus ouverts restent lisibles et modifiables sans réseau ; vos modifications partent au retour de la
        connexion. «&nbsp;Se déconnecter&nbsp;» efface toutes les copies de cet appareil.
      </p>
      <p role="status">{message}</p>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      {confirmingLoss && (
        <UnsyncedLossDialog
          title="Modifications non envoyées"
          message={UNSYNCED_LOSS}
          keepLabel="Garder les copies"
          confirmLabel="Supprimer les copies"
          onKeep={() => setConfirmingLoss(false)}
          onConfirm={() => void apply(false)}
        />
      )}
    </section>
  );
}
