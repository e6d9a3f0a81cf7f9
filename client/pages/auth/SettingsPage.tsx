import { roleLabels } from '../../../shared/api/roles';
import { useMe } from '../../auth/meContext';
import { LetterTemplateSection } from '../../letters/LetterTemplateSection';
import { AppHeader } from '../AppHeader';
import { ApiTokensSection } from './ApiTokensSection';
import { OfflineSection } from './OfflineSection';
import { PasswordChangeSection } from './PasswordChangeSection';
import { usePageTitle } from '../../a11y/usePageTitle';

/** `/parametres`: the signed-in account, its password, its API tokens and its offline copies on this device; for the coordination, the letter template. */
export function SettingsPage() {
  usePageTitle('Paramètres');
  const me = useMe();
  return (
    <>
      <AppHeader />
      <main className="page page--list">
        <h1 className="page-title">Paramètres</h1>
        <section className="card" aria-labelledby="account-heading">
          <h2 id="account-heading">Votre compte</h2>
          <dl className="grant-summary">
            <dt>Nom</dt>
            <dd>{me.user.name}</dd>
            <dt>Adresse e-mail</dt>
            <dd>{me.user.email}</dd>
            <dt>Association</dt>
            <dd>{me.user.associationName ?? 'Aucune'}</dd>
            <dt>Rôle</dt>
            <dd>{roleLabels[me.user.role]}</dd>
            <dt>Collectif</dt>
            <dd>{me.collective.name}</dd>
          </dl>
          <p className="hint">Pour changer de rôle ou d’association, adressez-vous à la coordination.</p>
        </section>
        <PasswordChangeSection />
        <OfflineSection />
        <ApiTokensSection />
        {me.user.role === 'coordination' && <LetterTemplateSection />}
      </main>
    </>
  );
}
