import { getSetupStatus } from '../../api/setupStatusApi';
import { useApiResource } from '../../api/useApiResource';

/**
 * On a server where no account exists yet, says so on the sign-in page, and where the link
 * that creates the first one is: the server prints it at start-up, not in the browser
 * (SPEC A16). Nothing is shown once an account exists, or if the server cannot say.
 */
export function FirstStartNotice() {
  const status = useApiResource('setup-status', getSetupStatus);
  if (status.status !== 'ready' || !status.data.pending) return null;
  return (
    <div className="banner banner--warning first-start-notice" role="status" data-testid="first-start-notice">
      <p>
        <strong>Aucun compte n’existe encore sur ce serveur.</strong>
      </p>
      <p>
        Au démarrage, le serveur affiche dans son terminal (là où {'«\u00a0npm start\u00a0»'} a été lancé) un lien{' '}
        {'«\u00a0Première connexion\u00a0»'} : ouvrez-le pour créer le compte de la coordination du collectif.
      </p>
      <p>Lien perdu ou expiré ? Redémarrez le serveur : il en affiche un nouveau.</p>
    </div>
  );
}
