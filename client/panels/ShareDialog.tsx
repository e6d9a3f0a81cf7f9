import { useId, useState, type FormEvent } from 'react';
import { SHARE_ACCESSES, putShareSchema, shareAccessLabels, type ShareAccess, type ShareEntry } from '../../shared/api/shares';
import { deleteShare, listShares, putShare } from '../api/sharesApi';
import { useEditableResource } from '../api/useEditableResource';
import { ModalDialog } from './ModalDialog';

export interface ShareDialogProps {
  documentId: string;
  /** The caller is of the secretariat or the coordination of the document's collective. */
  manage: boolean;
  onClose(): void;
}

const errorText = (failure: unknown, fallback: string) => (failure instanceof Error ? failure.message : fallback);

/**
 * « Partager »: lets one more address read, suggest in or edit this compte-rendu only
 * (someone of another collective, a ministry guest); never a role of the collective.
 * Everyone who can read it sees the list; the secretariat and the coordination change it.
 * The server never says whether an address has an account, so neither does this dialog.
 */
export function ShareDialog({ documentId, manage, onClose }: ShareDialogProps) {
  const [shares, updateShares] = useEditableResource(`shares-${documentId}`, (signal) => listShares(documentId, signal));
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const fieldId = useId();

  async function changeAccess(share: ShareEntry, access: ShareAccess) {
    setError(null);
    try {
      await putShare(documentId, share.email, access);
      updateShares((list) => list.map((s) => (s.email === share.email ? { ...s, access } : s)));
      setStatus(`${share.email} : ${shareAccessLabels[access]}.`);
    } catch (failure) {
      setError(errorText(failure, 'Le changement d’accès a échoué.'));
    }
  }

  async function remove(share: ShareEntry) {
    setError(null);
    try {
      await deleteShare(documentId, share.email);
      updateShares((list) => list.filter((s) => s.email !== share.email));
      setStatus(`Partage retiré pour ${share.email}.`);
    } catch (failure) {
      setError(errorText(failure, 'Le retrait du partage a échoué.'));
    }
  }

  return (
    <ModalDialog title="Partager ce compte-rendu" onClose={onClose} size="wide">
      <p className="hint">
        Donnez à une personne qui a un compte Minutier, par exemple d’un autre collectif ou d’un ministère, l’accès à ce
        seul compte-rendu : en lecture, en suggestion ou en modification. Un partage ne donne jamais un rôle du
        collectif : valider, rouvrir ou supprimer restent à la coordination. Une adresse qui n’a pas encore de compte
        n’obtient rien : invitez d’abord la personne, puis partagez à nouveau.
      </p>
      {shares.status === 'loading' && (
        <p className="muted" role="status">
          Chargement des partages…
        </p>
      )}
      {shares.status === 'error' && (
        <p className="banner banner--error" role="alert">
          {shares.error.message}
        </p>
      )}
      {shares.status === 'ready' && shares.data.length === 0 && <p className="muted">Ce compte-rendu n’est partagé avec personne.</p>}
      {shares.status === 'ready' && shares.data.length > 0 && (
        <ul className="share-list" aria-label="Adresses avec qui ce compte-rendu est partagé">
          {shares.data.map((share) => (
            <li key={share.email} className="share-list__row">
              <span className="share-list__who">
                <strong>{share.email}</strong>
              </span>
              {manage ? (
                <AccessSelect
                  label={`Accès de ${share.email}`}
                  value={share.access}
                  onChange={(access) => changeAccess(share, access)}
                />
              ) : (
                <span>{shareAccessLabels[share.access]}</span>
              )}
              {manage && (
                <button
                  type="button"
                  className="button button--small"
                  onClick={() => remove(share)}
                  aria-label={`Retirer le partage avec ${share.email}`}
                >
                  Retirer
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {manage ? (
        <AddShareForm
          fieldId={fieldId}
          onShare={async (email, access) => {
            setError(null);
            await putShare(documentId, email, access);
            const fresh = await listShares(documentId);
            updateShares(() => fresh);
            setStatus(`Partage enregistré pour ${email} (${shareAccessLabels[access]}).`);
          }}
        />
      ) : (
        <p className="muted">Seuls le secrétariat et la coordination du collectif modifient les partages.</p>
      )}
      {error && (
        <p className="banner banner--error" role="alert">
          {error}
        </p>
      )}
      <p className="visually-hidden" role="status">
        {status}
      </p>
      <div className="form-actions modal-dialog__footer">
        <button type="button" className="button" onClick={onClose}>
          Fermer
        </button>
      </div>
    </ModalDialog>
  );
}

function AccessSelect({ id, label, value, onChange }: { id?: string; label?: string; value: ShareAccess; onChange(access: ShareAccess): void }) {
  return (
    <select id={id} aria-label={label} value={value} onChange={(event) => onChange(event.target.value as ShareAccess)}>
      {SHARE_ACCESSES.map((access) => (
        <option key={access} value={access}>
          {shareAccessLabels[access]}
        </option>
      ))}
    </select>
  );
}

function AddShareForm({ fieldId, onShare }: { fieldId: string; onShare(email: string, access: ShareAccess): Promise<void> }) {
  const [email, setEmail] = useState('');
  const [access, setAccess] = useState<ShareAccess>('read');
  const [emailError, setEmailError] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [sharing, setSharing] = useState(false);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = putShareSchema.safeParse({ email, access });
    if (!parsed.success) {
      setEmailError('Adresse e-mail invalide');
      return;
    }
    setEmailError(null);
    setFailure(null);
    setSharing(true);
    try {
      await onShare(parsed.data.email, parsed.data.access);
      setEmail('');
    } catch (error) {
      setFailure(errorText(error, 'Le partage a échoué.'));
    } finally {
      setSharing(false);
    }
  }

  return (
    <form className="form-row share-form" onSubmit={handleSubmit} noValidate>
      <div className="field field--grow">
        <label htmlFor={`${fieldId}-email`}>Adresse e-mail de la personne</label>
        <input
          id={`${fieldId}-email`}
          type="email"
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          aria-invalid={emailError ? true : undefined}
          aria-describedby={emailError ? `${fieldId}-email-error` : undefined}
          data-autofocus
        />
        {emailError && (
          <p className="field-error" id={`${fieldId}-email-error`}>
            {emailError}
          </p>
        )}
      </div>
      <div className="field">
        <label htmlFor={`${fieldId}-access`}>Accès à ce compte-rendu</label>
        <AccessSelect id={`${fieldId}-access`} value={access} onChange={setAccess} />
      </div>
      <div className="form-actions form-actions--inline">
        <button type="submit" className="button button--primary" disabled={sharing}>
          {sharing ? 'Partage…' : 'Partager'}
        </button>
      </div>
      {failure && (
        <p className="banner banner--error share-form__error" role="alert">
          {failure}
        </p>
      )}
    </form>
  );
}
