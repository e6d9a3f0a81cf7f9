import { roleLabels } from '../../../shared/api/roles';
import { acceptInvitation, getInvitation } from '../../api/authApi';
import { useApiResource } from '../../api/useApiResource';
import { navigate } from '../../router/navigation';
import { AuthLayout, InvalidLinkNotice } from './AuthLayout';
import { NewAccountForm } from './NewAccountForm';

/** `/invitation/:secret`: says what the invitation grants, then creates the account and signs in. */
export function InvitationPage({ secret }: { secret: string }) {
  const invitation = useApiResource(secret, (signal) => getInvitation(secret, signal));

  return (
    <AuthLayout title="Invitation">
      {invitation.status === 'loading' && (
        <p className="muted" role="status">
          Lecture de l’invitation…
        </p>
      )}
      {invitation.status === 'error' && <InvalidLinkNotice message={invitation.error.message} />}
      {invitation.status === 'ready' && (
        <>
          <dl className="grant-summary">
            <dt>Collectif</dt>
            <dd>{invitation.data.collective.name}</dd>
            <dt>Association</dt>
            <dd>{invitation.data.association?.name ?? 'Aucune (personne invitée à titre individuel)'}</dd>
            <dt>Rôle</dt>
            <dd>{roleLabels[invitation.data.role]}</dd>
          </dl>
          <p className="hint">Choisissez votre nom, tel que les autres le verront, et votre mot de passe.</p>
          <NewAccountForm
            submitLabel="Créer mon compte"
            onSubmit={async (account) => {
              await acceptInvitation(secret, account);
              // The link is used up: Back must not lead to it again.
              navigate('/', { replace: true });
            }}
          />
        </>
      )}
    </AuthLayout>
  );
}
