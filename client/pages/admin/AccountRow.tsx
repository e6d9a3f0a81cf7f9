import { useState } from 'react';
import type { LinkResponse } from '../../../shared/api/auth';
import { ROLES, roleLabels, type Role } from '../../../shared/api/roles';
import type { Account, Association } from '../../api/accountTypes';
import { createPasswordResetLink, updateAccount, type AccountChange } from '../../api/membersApi';
import { SecretField } from '../../auth/SecretField';
import { linkExpiry } from './linkExpiry';

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
 * session and API token (A10), is confirmed first; a refusal (such as the last
 * coordination account) is said under the row and the row keeps the stored value.
 */
export function AccountRow({ account, associations, isSelf, onChanged }: AccountRowProps) {
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [resetLink, setResetLink] = useState<LinkResponse | null>(null);
  const [confirmingDisable, setConfirmingDisable] = useState(false);
  const who = account.name;

  async function save(change: AccountChange) {
    setConfirmingDisable(false);
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
        <td>{account.email}</td>
        <td>
          <select
            aria-label={`Association de ${who}`}
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
            aria-label={`Rôle de ${who}`}
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
              type="button"
              className="button button--small"
              disabled={saving}
              onClick={() => (account.disabled ? save({ disabled: false }) : setConfirmingDisable(true))}
              aria-label={`${account.disabled ? 'Réactiver' : 'Désactiver'} le compte de ${who}`}
            >
              {account.disabled ? 'Réactiver' : 'Désactiver'}
            </button>
            <button
              type="button"
              className="button button--small"
              onClick={makeResetLink}
              aria-label={`Créer un lien de réinitialisation du mot de passe de ${who}`}
            >
              Lien de réinitialisation
            </button>
          </div>
        </td>
      </tr>
      {(error || resetLink || confirmingDisable) && (
        <tr className="account__details">
          <td colSpan={COLUMNS}>
            {confirmingDisable && (
              <div role="group" aria-label={`Désactivation du compte de ${who}`}>
                <p>
                  {who} ne pourra plus se connecter. Toutes les sessions et tous les jetons d’API de ce compte seront
                  révoqués.
                </p>
                <div className="row-actions">
                  <button type="button" className="button button--small button--danger" onClick={() => save({ disabled: true })}>
                    Confirmer la désactivation
                  </button>
                  <button type="button" className="button button--small" onClick={() => setConfirmingDisable(false)}>
                    Annuler
                  </button>
                </div>
              </div>
            )}
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
    </tbody>
  );
}
