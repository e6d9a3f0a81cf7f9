import { useId, useState, type FormEvent } from 'react';
import type { LinkResponse } from '../../../shared/api/auth';
import { ROLES, roleLabels, type Role } from '../../../shared/api/roles';
import type { Association } from '../../api/accountTypes';
import { createInvitation } from '../../api/membersApi';
import { SecretField } from '../../auth/SecretField';
import { linkExpiry } from './linkExpiry';

const NO_ASSOCIATION = '';

/**
 * Invites someone for an association and a role. There is no mail server: the link is
 * shown here, to be sent by whatever means the coordination uses.
 */
export function InvitationSection({ associations }: { associations: Association[] }) {
  const fieldId = useId();
  const [associationId, setAssociationId] = useState(NO_ASSOCIATION);
  const [role, setRole] = useState<Role>('member');
  const [link, setLink] = useState<(LinkResponse & { summary: string }) | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    setCreating(true);
    try {
      const created = await createInvitation(associationId === NO_ASSOCIATION ? null : associationId, role);
      const association = associations.find((a) => a.id === associationId)?.name ?? 'sans association';
      setLink({ ...created, summary: `${roleLabels[role]}, ${association}` });
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : 'La création de l’invitation a échoué.');
    } finally {
      setCreating(false);
    }
  }

  return (
    <section className="card" aria-labelledby="invitation-heading">
      <h2 id="invitation-heading">Inviter une personne</h2>
      <p className="hint">
        Le lien permet à la personne de choisir son nom et son mot de passe. Envoyez-le-lui vous-même (courriel,
        messagerie) : Minutier n’envoie pas de courriel.
      </p>
      <form className="form-row" onSubmit={handleSubmit}>
        <div className="field field--grow">
          <label htmlFor={`${fieldId}-association`}>Association</label>
          <select id={`${fieldId}-association`} value={associationId} onChange={(event) => setAssociationId(event.target.value)}>
            <option value={NO_ASSOCIATION}>Aucune (invité·e à titre individuel)</option>
            {associations.map((association) => (
              <option key={association.id} value={association.id}>
                {association.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${fieldId}-role`}>Rôle</label>
          <select id={`${fieldId}-role`} value={role} onChange={(event) => setRole(event.target.value as Role)}>
            {ROLES.map((option) => (
              <option key={option} value={option}>
                {roleLabels[option]}
              </option>
            ))}
          </select>
        </div>
        <div className="form-actions form-actions--inline">
          <button type="submit" className="button button--primary" disabled={creating}>
            {creating ? 'Création…' : 'Créer le lien d’invitation'}
          </button>
        </div>
      </form>
      {error && (
        <p className="banner banner--error" role="alert">
          {error}
        </p>
      )}
      {link && (
        <SecretField label={`Lien d’invitation (${link.summary})`} value={link.url}>
          <p>{linkExpiry(link.expiresAt)}</p>
        </SecretField>
      )}
    </section>
  );
}
