import { completeSetup, getSetupLink } from '../../api/authApi';
import { ApiRequestError } from '../../api/http';
import { Link } from '../../router/Link';
import { useApiResource } from '../../api/useApiResource';
import { navigate } from '../../router/navigation';
import { AuthLayout, InvalidLinkNotice } from './AuthLayout';
import { NewAccountForm } from './NewAccountForm';

/** `/premiere-connexion/:secret`: the link printed at first start creates the first coordination account. */
export function SetupPage({ secret }: { secret: string }) {
  const collective = useApiResource(secret, (signal) => getSetupLink(secret, signal));

  return (
    <AuthLayout title="Première connexion">
      {collective.status === 'loading' && (
        <p className="muted" role="status">
          Vérification du lien…
        </p>
      )}
      {collective.status === 'error' && isAlreadySetUp(collective.error) && <AlreadySetUpNotice message={collective.error.message} />}
      {collective.status === 'error' && !isAlreadySetUp(collective.error) && <InvalidLinkNotice message={collective.error.message} />}
      {collective.status === 'ready' && (
        <>
          <p className="hint">
            Créez le premier compte de coordination de <strong>{collective.data.name}</strong>. Il pourra ensuite
            inviter les autres membres et leurs associations.
          </p>
          <NewAccountForm
            submitLabel="Créer le compte de coordination"
            onSubmit={async (account) => {
              await completeSetup(secret, account);
              navigate('/', { replace: true });
            }}
          />
        </>
      )}
    </AuthLayout>
  );
}

/** The link has served (an account exists, SPEC A16): nothing is wrong, the way on is to sign in. */
const isAlreadySetUp = (error: Error) => error instanceof ApiRequestError && error.code === 'already_set_up';

function AlreadySetUpNotice({ message }: { message: string }) {
  return (
    <>
      <p className="banner banner--warning" role="status">
        {message}
      </p>
      <p>
        <Link to="/connexion" className="button button--primary">
          Se connecter
        </Link>
      </p>
    </>
  );
}
