import { useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import type { LinkResponse } from '../../../shared/api/auth';
import { ROLES, roleLabels, type Role } from '../../../shared/api/roles';
import type { Account, Association } from '../../api/accountTypes';
import { createPasswordResetLink, updateAccount, type AccountChange } from '../../api/membersApi';
import { SecretField } from '../../auth/SecretField';
import { ModalDialog } from '../../panels/ModalDialog';
import { linkExpiry } from './linkExpiry';
import { deName } from '../../../shared/text/frenchElision';

const NO_ASSOCIATION = '';
const COLUMNS = 6;

interface AccountRowProps {
  account: Account;
  associations: Association[];
  isSelf: boolean;
  onChanged(account: Account): void;
}

/**
 * One account of the collective, changed in place: role, association, active or not, and a
 * password-reset link. Each change is saved at once, but disabling, which revokes every
 * session and API token (A10), is confirmed first in a dialog naming the account; a refusal (such as the last
 * coordination account) is said under the row and the row keeps the stored value.
 */
export function AccountRow({ account, associations, isSelf, onChanged }: AccountRowProps) {
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [resetLink, setResetLink] = useState<LinkResponse | null>(null);
  const [confirmingDisable, setConfirmingDisable] = useState(false);
  const who = account.name;
  const toggle = useRef<HTMLButtonElement>(null);
  const dialogWasOpen = useRef(false);

  // The dialog gives the focus back to the button that opened it, but after « Confirmer » it
  // closes in the same update that enables that button again, too early: the focus is put
  // back here once the button can take it.
  useEffect(() => {
    if (dialogWasOpen.current && !confirmingDisable && !saving) toggle.current?.focus();
    dialogWasOpen.current = confirmingDisable;
  }, [confirmingDisable, saving]);

  async function save(change: AccountChange) {
    setSaving(true);
    setError(null);
    try {
      onChanged(await updateAccount(account.id, change));
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : 'La modification a échoué.');
    } finally {
      setSaving(false);
    }
  }

  async function makeResetLink() {
    setError(null);
    try {
      setResetLink(await createPasswordResetLink(account.id));
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : 'La création du lien a échoué.');
    }
  }

  return (
    <tbody className={account.disabled ? 'account account--disabled' : 'account'} aria-busy={saving || undefined}>
      <tr>
        <th scope="row">
          {account.name}
          {isSelf && <span className="muted"> (vous)</span>}
        </th>
        <td className="admin-table__email">{account.email}</td>
        <td>
          <select
            aria-label={`Association ${deName(who)}`}
            value={account.associationId ?? NO_ASSOCIATION}
            disabled={saving}
            onChange={(event) => save({ associationId: event.target.value === NO_ASSOCIATION ? null : event.target.value })}
          >
            <option value={NO_ASSOCIATION}>Aucune</option>
            {associations.map((association) => (
              <option key={association.id} value={association.id}>
                {association.name}
              </option>
            ))}
          </select>
        </td>
        <td>
          <select
            aria-label={`Rôle ${deName(who)}`}
            value={account.role}
            disabled={saving}
            onChange={(event) => save({ role: event.target.value as Role })}
          >
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {roleLabels[role]}
              </option>
            ))}
          </select>
        </td>
        <td>{account.disabled ? 'Désactivé' : 'Actif'}</td>
        <td className="admin-table__actions">
          <div className="row-actions">
            <button
              ref={toggle}
              type="button"
              className="button button--small"
              disabled={saving}
              onClick={() => (account.disabled ? save({ disabled: false }) : setConfirmingDisable(true))}
              aria-label={`${account.disabled ? 'Réactiver' : 'Désactiver'} le compte ${deName(who)}`}
            >
              {account.disabled ? 'Réactiver' : 'Désactiver'}
            </button>
            <button
              type="button"
              className="button button--small"
              onClick={makeResetLink}
              aria-label={`Créer un lien de réinitialisation du mot de passe ${deName(who)}`}
            >
              Lien de réinitialisation
            </button>
          </div>
        </td>
      </tr>
      {(error || resetLink) && (
        <tr className="account__details">
          <td colSpan={COLUMNS}>
            {error && (
              <p className="banner banner--error" role="alert">
                {error}
              </p>
            )}
            {resetLink && (
              <SecretField label={`Lien de réinitialisation pour ${who}`} value={resetLink.url}>
                <p>
                  {linkExpiry(resetLink.expiresAt)} Quand il sera utilisé, toutes les sessions et tous les jetons d’API de
                  ce compte seront révoqués.
                </p>
              </SecretField>
            )}
          </td>
        </tr>
      )}
      {confirmingDisable &&
        createPortal(
          <ModalDialog title={`Désactivation du compte ${deName(who)}`} onClose={() => setConfirmingDisable(false)}>
            <p>
              {who} ({account.email}) ne pourra plus se connecter. Toutes les sessions et tous les jetons d’API de ce
              compte seront révoqués.
            </p>
            <div className="form-actions modal-dialog__footer">
              <button type="button" className="button" data-autofocus onClick={() => setConfirmingDisable(false)}>
                Annuler
              </button>
              <button
                type="button"
                className="button button--danger"
                disabled={saving}
                onClick={async () => {
                  await save({ disabled: true });
                  setConfirmingDisable(false);
                }}
              >
                Confirmer la désactivation
              </button>
            </div>
          </ModalDialog>,
          // In the page's body: a dialog is no content of a table.
          document.body,
        )}
    </tbody>
  );
}
