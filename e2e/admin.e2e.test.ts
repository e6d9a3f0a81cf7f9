import { describe, expect, it } from 'vitest';
import { createAccountViaApi, signInViaApi } from './api';
import { openContext } from './browser';
import { E2E_ADMIN, type Credentials } from './serverProcess';
import { browserSuite } from './browserSuite';

const suite = browserSuite();

async function open(signInAs: Credentials | null = E2E_ADMIN) {
  const opened = await openContext(suite.browser, suite.server.url, { signInAs });
  suite.contexts.push(opened.context);
  return opened;
}

async function canSignIn(credentials: Credentials): Promise<boolean> {
  const response = await fetch(`${suite.server.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(credentials),
  });
  return response.ok;
}

describe('members administration', () => {
  it('A8: changes a role, disables and enables an account, and keeps the last coordination', async () => {
    const sarah = await createAccountViaApi(suite.server.url, {
      name: 'Sarah Berthelot',
      email: 'sarah.berthelot@hors-la-rue.test',
      password: 'secrétariat du collectif',
      role: 'secretariat',
    });
    const { page } = await open();
    await page.goto(`${suite.server.url}/membres`);

    const sarahRole = page.getByLabel('Rôle de Sarah Berthelot');
    await sarahRole.selectOption({ label: 'Lecteur' });
    await expect.poll(async () => (await signInViaApi(suite.server.url)).fetch('/api/users').then((r) => r.text())).toContain('"role":"reader"');

    await page.getByLabel('Rôle de Coordination').selectOption({ label: 'Membre' });
    await page.getByRole('alert').filter({ hasText: 'Le collectif doit garder au moins un compte de coordination actif.' }).waitFor();
    expect(await page.getByLabel('Rôle de Coordination').inputValue()).toBe('coordination');

    await page.getByRole('button', { name: 'Désactiver le compte de Sarah Berthelot' }).click();
    const confirmation = page.getByRole('dialog', { name: 'Désactivation du compte de Sarah Berthelot' });
    await confirmation.getByText('Toutes les sessions et tous les jetons d’API de ce compte seront révoqués.').waitFor();
    await confirmation.getByRole('button', { name: 'Confirmer la désactivation' }).click();
    await page.getByRole('button', { name: 'Réactiver le compte de Sarah Berthelot' }).waitFor();
    expect(await canSignIn(sarah)).toBe(false);
    await page.getByRole('button', { name: 'Réactiver le compte de Sarah Berthelot' }).click();
    await page.getByRole('button', { name: 'Désactiver le compte de Sarah Berthelot' }).waitFor();
    expect(await canSignIn(sarah)).toBe(true);
  });

  it('A10: a reset link sets a new password, signs in with it, and the old one stops working', async () => {
    const old = await createAccountViaApi(suite.server.url, {
      name: 'Hélène De Rugy',
      email: 'helene.derugy@amicale.test',
      password: 'ancien mot de passe',
      role: 'member',
    });
    const admin = await open();
    await admin.page.goto(`${suite.server.url}/membres`);
    await admin.page.getByRole('button', { name: /lien de réinitialisation du mot de passe d’Hélène De Rugy/ }).click();
    const link = await admin.page.getByLabel('Lien de réinitialisation pour Hélène De Rugy').inputValue();

    const person = await open(null);
    await person.page.goto(link);
    await person.page.getByText('helene.derugy@amicale.test').waitFor();
    await person.page.getByText('Toutes les sessions et tous les jetons d’API de ce compte seront révoqués.').waitFor();
    await person.page.getByLabel('Nouveau mot de passe').fill('nouveau mot de passe');
    await person.page.getByLabel('Confirmez le mot de passe').fill('nouveau mot de passi');
    await person.page.getByRole('button', { name: 'Enregistrer le mot de passe' }).click();
    await person.page.getByText('Les deux mots de passe ne sont pas identiques.').waitFor();
    await person.page.getByLabel('Confirmez le mot de passe').fill('nouveau mot de passe');
    await person.page.getByRole('button', { name: 'Enregistrer le mot de passe' }).click();
    await person.page.waitForURL((url) => url.pathname === '/');
    await person.page.getByRole('button', { name: /Hélène De Rugy/ }).waitFor();
    expect(await canSignIn(old)).toBe(false);
    expect(await canSignIn({ email: old.email, password: 'nouveau mot de passe' })).toBe(true);
  });

  it('hides the administration from other roles', async () => {
    const member = await createAccountViaApi(suite.server.url, {
      name: 'Agnès Membre',
      email: 'agnes@membre.test',
      password: 'membre du collectif',
      role: 'member',
    });
    const { page } = await open(member);
    await page.goto(suite.server.url);
    await page.getByRole('heading', { name: 'Comptes-rendus' }).waitFor();
    expect(await page.getByRole('link', { name: 'Membres' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Journal' }).count()).toBe(0);
    await page.goto(`${suite.server.url}/membres`);
    await page.getByRole('heading', { name: 'Page réservée à la coordination' }).waitFor();
  });
});

describe('journal', () => {
  it('A11: shows the audit log in French, page after page', async () => {
    // More than one page (100 entries): tokens created and revoked through the API.
    const session = await signInViaApi(suite.server.url);
    for (let index = 0; index < 55; index++) {
      const created = await session.fetch('/api/tokens', { method: 'POST', body: JSON.stringify({ name: `Script ${index}` }) });
      const { id } = (await created.json()) as { id: string };
      await session.fetch(`/api/tokens/${id}`, { method: 'DELETE' });
    }
    await fetch(`${suite.server.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: E2E_ADMIN.email, password: 'essai' }),
    });

    const { page } = await open();
    await page.goto(`${suite.server.url}/journal`);
    const rows = page.locator('.audit-table tbody tr');
    await page.getByRole('cell', { name: 'Échec de connexion' }).waitFor();
    await page.getByRole('cell', { name: E2E_ADMIN.email }).waitFor();
    await page.getByRole('cell', { name: 'Jeton d’API révoqué' }).first().waitFor();
    expect(await rows.count()).toBe(100);

    await page.getByRole('button', { name: 'Entrées plus anciennes' }).click();
    await page.getByRole('cell', { name: 'Jeton d’API créé' }).filter({ hasText: /./ }).first().waitFor();
    await expect.poll(() => rows.count()).toBeGreaterThan(100);
    // The oldest entry is the coordination's first sign-in, through the API above.
    await page.getByRole('cell', { name: 'Connexion', exact: true }).last().waitFor();
    expect(await page.getByRole('button', { name: 'Entrées plus anciennes' }).count()).toBe(0);
  });
});

describe('API tokens', () => {
  it('shows a new token once, and a revoked token stops working', async () => {
    const { page } = await open();
    await page.goto(`${suite.server.url}/parametres`);
    await page.getByLabel('Nom du jeton').fill('Export hebdomadaire');
    await page.getByRole('button', { name: 'Créer un jeton' }).click();
    const secret = await page.getByLabel('Jeton « Export hebdomadaire »').inputValue();
    await page.getByText('il ne sera plus jamais affiché').waitFor();
    const asScript = () => fetch(`${suite.server.url}/api/me`, { headers: { Authorization: `Bearer ${secret}` } });
    expect((await asScript()).status).toBe(200);

    await page.getByRole('button', { name: 'J’ai copié le jeton' }).click();
    await page.reload();
    await page.getByRole('cell', { name: 'Export hebdomadaire', exact: true }).waitFor();
    expect(await page.content()).not.toContain(secret);

    await page.getByRole('button', { name: 'Révoquer le jeton Export hebdomadaire' }).click();
    await page.getByRole('button', { name: 'Confirmer la révocation' }).click();
    await page.getByText('Aucun jeton pour l’instant.').waitFor();
    expect((await asScript()).status).toBe(401);
  });
});

describe('plan-measure registry', () => {
  it('lets the coordination rename a measure and add one, which the registry then serves', async () => {
    const { page } = await open();
    await page.goto(`${suite.server.url}/registre`);
    await page.getByRole('button', { name: 'Renommer la mesure 22' }).click();
    const title = page.getByLabel('Titre de la mesure 22');
    await title.fill('Coordination départementale et régionale (renommée)');
    await title.press('Enter');
    await page.getByText('Coordination départementale et régionale (renommée)').waitFor();

    await page.getByLabel('Numéro').fill('23');
    await page.getByLabel('Titre de la mesure', { exact: true }).fill('Nouvelle mesure du collectif');
    await page.getByRole('button', { name: 'Ajouter la mesure' }).click();
    await page.getByRole('row', { name: /Mesure 23/ }).waitFor();

    const plan = (await (await (await signInViaApi(suite.server.url)).fetch('/api/plans/pan-teh-2014-2016')).json()) as {
      measures: Array<{ number: number; title: string }>;
    };
    expect(plan.measures.filter((m) => m.number >= 22)).toEqual([
      { number: 22, title: 'Coordination départementale et régionale (renommée)' },
      { number: 23, title: 'Nouvelle mesure du collectif' },
    ]);
  });
});
