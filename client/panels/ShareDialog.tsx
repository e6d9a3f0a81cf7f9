import { useId, useState, type FormEvent } from 'react';
import { putShareSchema } from '../../shared/api/auth';
import { atLeast, ROLES, roleLabels, type Role } from '../../shared/api/roles';
import type { DocumentShare } from '../api/accountTypes';
import { deleteShare, listShares, putShare } from '../api/sharesApi';
import { useEditableResource } from '../api/useEditableResource';
import { useOptionalMe } from '../auth/meContext';
import { ModalDialog } from './ModalDialog';

export interface ShareDialogProps {
  documentId: string;
  onClose(): void;
}

const errorText = (failure: unknown, fallback: string) => (failure instanceof Error ? failure.message : fallback);

/**
 * « Partager »: gives one more person a role on this compte-rendu only (someone of another
 * collective, a ministry guest). Everyone who can read it sees the list; the secretariat
 * and the coordination change it.
 */
export function ShareDialog({ documentId, onClose }: ShareDialogProps) {
  const me = useOptionalMe();
  const manage = me !== null && atLeast(me.user.role, 'secretariat');
  const [shares, updateShares] = useEditableResource(`shares-${documentId}`, (signal) => listShares(documentId, signal));
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const fieldId = useId();

  async function changeRole(share: DocumentShare, role: Role) {
    if (!share.email) return;
    setError(null);
    try {
      await putShare(documentId, share.email, role);
      updateShares((list) => list.map((s) => (s.userId === share.userId ? { ...s, role } : s)));
      setStatus(`${share.name ?? share.email} : ${roleLabels[role]}.`);
    } catch (failure) {
      setError(errorText(failure, 'Le changement de rôle a échoué.'));
    }
  }

  async function remove(share: DocumentShare) {
    setError(null);
    try {
      await deleteShare(documentId, share.userId);
      updateShares((list) => list.filter((s) => s.userId !== share.userId));
      setStatus(`Partage retiré pour ${share.name ?? share.email ?? 'cette personne'}.`);
    } catch (failure) {
      setError(errorText(failure, 'Le retrait du partage a échoué.'));
    }
  }

  return (
    <ModalDialog title="Partager ce compte-rendu" onClose={onClose} size="wide">
      <p className="hint">
        Donnez accès à ce seul compte-rendu à une personne qui a un compte Minutier, par exemple d’un autre collectif
        ou d’un ministère. Ce rôle s’ajoute à celui qu’elle a dans son collectif.
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
        <ul className="share-list" aria-label="Personnes avec qui ce compte-rendu est partagé">
          {shares.data.map((share) => (
            <li key={share.userId} className="share-list__row">
              <span className="share-list__who">
                <strong>{share.name ?? 'Compte supprimé'}</strong>
                {share.email && <span className="muted"> {share.email}</span>}
              </span>
              {manage && share.email ? (
                <select
                  aria-label={`Rôle de ${share.name ?? share.email}`}
                  value={share.role}
                  onChange={(event) => changeRole(share, event.target.value as Role)}
                >
                  {ROLES.map((role) => (
                    <option key={role} value={role}>
                      {roleLabels[role]}
                    </option>
                  ))}
                </select>
              ) : (
                <span>{roleLabels[share.role]}</span>
              )}
              {manage && (
                <button
                  type="button"
                  className="button button--small"
                  onClick={() => remove(share)}
                  aria-label={`Retirer le partage avec ${share.name ?? share.email ?? 'cette personne'}`}
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
          onShare={async (email, role) => {
            setError(null);
            await putShare(documentId, email, role);
            const fresh = await listShares(documentId);
            updateShares(() => fresh);
            setStatus(`Compte-rendu partagé avec ${email} (${roleLabels[role]}).`);
          }}
        />
      ) : (
        <p className="muted">Seuls le secrétariat et la coordination modifient les partages.</p>
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

function AddShareForm({ fieldId, onShare }: { fieldId: string; onShare(email: string, role: Role): Promise<void> }) {
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('reader');
  const [emailError, setEmailError] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [sharing, setSharing] = useState(false);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = putShareSchema.safeParse({ email, role });
    if (!parsed.success) {
      setEmailError('Adresse e-mail invalide');
      return;
    }
    setEmailError(null);
    setFailure(null);
    setSharing(true);
    try {
      await onShare(parsed.data.email, parsed.data.role);
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
        <label htmlFor={`${fieldId}-role`}>Rôle sur ce compte-rendu</label>
        <select id={`${fieldId}-role`} value={role} onChange={(event) => setRole(event.target.value as Role)}>
          {ROLES.map((option) => (
            <option key={option} value={option}>
              {roleLabels[option]}
            </option>
          ))}
        </select>
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
