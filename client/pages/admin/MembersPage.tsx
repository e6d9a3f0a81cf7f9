import type { Account } from '../../api/accountTypes';
import { listAccounts, listAssociations } from '../../api/membersApi';
import { useEditableResource } from '../../api/useEditableResource';
import { useMe, useRefreshMe } from '../../auth/meContext';
import { AppHeader } from '../AppHeader';
import { AccountRow } from './AccountRow';
import { AssociationsSection } from './AssociationsSection';
import { InvitationSection } from './InvitationSection';
import { ReviewSettingsSection } from './ReviewSettingsSection';
import { usePageTitle } from '../../a11y/usePageTitle';

/** `/membres`: the coordination administers accounts, associations and invitations. */
export function MembersPage() {
  usePageTitle('Membres et associations');
  const me = useMe();
  const refreshMe = useRefreshMe();
  const [accounts, updateAccounts] = useEditableResource('accounts', listAccounts);
  const [associations, updateAssociations] = useEditableResource('associations', listAssociations);

  function handleChanged(changed: Account) {
    updateAccounts((list) => list.map((account) => (account.id === changed.id ? changed : account)));
    // One's own role or association shows in the header.
    if (changed.id === me.user.id) refreshMe();
  }

  const failure = accounts.status === 'error' ? accounts.error : associations.status === 'error' ? associations.error : null;
  return (
    <>
      <AppHeader />
      <main className="page page--wide">
        <h1 className="page-title">Membres et associations</h1>
        {failure && (
          <p className="banner banner--error" role="alert">
            {failure.message}
          </p>
        )}
        {!failure && (accounts.status === 'loading' || associations.status === 'loading') && (
          <p className="muted" role="status">
            Chargement des comptes…
          </p>
        )}
        {accounts.status === 'ready' && associations.status === 'ready' && (
          <>
            <section className="card" aria-labelledby="accounts-heading">
              <h2 id="accounts-heading">Comptes</h2>
              <div className="table-scroll">
                <table className="admin-table">
                  <caption className="visually-hidden">Comptes du collectif</caption>
                  <thead>
                    <tr>
                      <th scope="col">Nom</th>
                      <th scope="col" className="admin-table__email">
                        Adresse e-mail
                      </th>
                      <th scope="col">Association</th>
                      <th scope="col">Rôle</th>
                      <th scope="col">État</th>
                      <th scope="col">
                        <span className="visually-hidden">Actions</span>
                      </th>
                    </tr>
                  </thead>
                  {accounts.data.map((account) => (
                    <AccountRow
                      key={account.id}
                      account={account}
                      associations={associations.data}
                      isSelf={account.id === me.user.id}
                      onChanged={handleChanged}
                    />
                  ))}
                </table>
              </div>
            </section>
            <InvitationSection associations={associations.data} />
            <AssociationsSection
              associations={associations.data}
              accounts={accounts.data}
              onCreated={(association) =>
                updateAssociations((list) => [...list, association].sort((a, b) => a.name.localeCompare(b.name, 'fr')))
              }
            />
            <ReviewSettingsSection />
          </>
        )}
      </main>
    </>
  );
}
