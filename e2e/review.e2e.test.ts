import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserSuite } from './browserSuite';
import { invitingPeople } from './invitedPerson';
import { createReviewedMinutes, reviewedMinutesPages } from './reviewedMinutes';
import { scriptedAdmin, type ScriptedAdmin } from './scriptedAdmin';

const pageErrors: string[][] = [];

const suite = browserSuite();

afterEach(() => {
  pageErrors.splice(0);
});

const invitePerson = invitingPeople(suite, { emailPrefix: 'membre', pageErrors });

/** A browser context signed in as a new member of `associationName`, invited by the coordination. */
const memberContext = (api: ScriptedAdmin, name: string, associationName: string) =>
  invitePerson(api, { name, role: 'member', association: associationName });

const { coordinationContext, openEditor } = reviewedMinutesPages(suite, pageErrors);

/** Opens the compte-rendu on its « Relecture » tab. */
async function openMinutes(person: { page: Page; name: string }, id: string) {
  await openEditor(person, id);
  const { page } = person;
  await page.getByRole('tab', { name: 'Relecture' }).click();
  return page.locator('.review-panel');
}

/** Types at the end of the paragraph that contains `anchor`. */
async function typeAfter(page: Page, anchor: string, text: string) {
  await page.locator('.document-body p', { hasText: anchor }).click();
  await page.keyboard.press('End');
  await page.keyboard.type(text, { delay: 10 });
}

/** The text of the body as the server has it, to check what was (not) stored. */
async function storedText(api: ScriptedAdmin, id: string): Promise<string> {
  return JSON.stringify((await api<{ content: unknown }>(`/api/minutes/${id}`)).content);
}

/** Approvals are polled every 10 s: another browser's act shows within one poll. */
const POLL = { timeout: 20_000 };

describe('review and validation in the browser', () => {
  it('W4: review → two associations approve → validate → editing is blocked → reopen', async () => {
    const api = await scriptedAdmin(suite.server.url);
    const id = await createReviewedMinutes(api, 'Réunion du Collectif du 22 novembre 2013');
    const coordination = await coordinationContext();
    const panel = await openMinutes(coordination, id);
    await panel.getByTestId('review-status').filter({ hasText: 'Brouillon' }).waitFor();

    await panel.getByRole('button', { name: 'Passer en relecture' }).click();
    await panel.getByTestId('review-status').filter({ hasText: 'En relecture' }).waitFor();

    const memberPages: Page[] = [];
    for (const [person, organisation, onBehalfOf] of [
      ['Martina Andreeva', 'Hors la Rue', 'de Hors la Rue'],
      ['Hélène De Rugy', 'Amicale du Nid', 'de l’Amicale du Nid'],
    ] as const) {
      const member = await memberContext(api, person, organisation);
      memberPages.push(member.page);
      const memberPanel = await openMinutes(member, id);
      await memberPanel.getByRole('button', { name: `Approuver le texte actuel au nom ${onBehalfOf}` }).click();
      await memberPanel
        .locator('.review-approval', { hasText: organisation })
        .filter({ hasText: 'Approuvé (cette version)' })
        .waitFor();
    }
    for (const organisation of ['Hors la Rue', 'Amicale du Nid']) {
      await panel.locator('.review-approval', { hasText: organisation }).filter({ hasText: 'Approuvé (cette version)' }).waitFor(POLL);
    }

    await panel.getByRole('button', { name: 'Valider…' }).click();
    const validateDialog = coordination.page.getByRole('dialog', { name: 'Valider le compte-rendu' });
    await validateDialog.getByLabel('Date de la réunion qui a adopté le texte').fill('2014-02-17');
    await validateDialog.getByLabel('Note (facultative)').fill('Adopté à l’unanimité.');
    await validateDialog.getByRole('button', { name: 'Valider', exact: true }).click();
    await panel.getByTestId('review-status').filter({ hasText: 'Validé' }).waitFor();
    await panel.getByText('Validé lors de la réunion du Collectif du 17 février 2014').waitFor();

    // The editor turns read-only and says why; typing changes nothing, here or on the server.
    const body = coordination.page.locator('.document-body');
    await coordination.page.locator('.document-body[contenteditable="false"]').waitFor();
    await coordination.page.getByText('Lecture seule').first().waitFor();
    const before = await storedText(api, id);
    await body.click();
    await coordination.page.keyboard.type(' FALSIFIÉ', { delay: 10 });
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await body.textContent()).not.toContain('FALSIFIÉ');
    expect(await storedText(api, id)).toBe(before);
    // The members' editors, open all along, turn read-only too, and their panels say why.
    for (const page of memberPages) {
      await page.locator('.document-body[contenteditable="false"]').waitFor(POLL);
      await page.locator('.review-panel').getByText('Validé lors de la réunion du Collectif du 17 février 2014').waitFor(POLL);
    }

    await panel.getByRole('button', { name: 'Rouvrir…' }).click();
    const reopenDialog = coordination.page.getByRole('dialog', { name: 'Rouvrir le compte-rendu validé' });
    await reopenDialog.getByRole('button', { name: 'Rouvrir', exact: true }).click();
    await reopenDialog.getByText('Indiquez la raison de la réouverture').waitFor();
    await reopenDialog.getByLabel('Raison de la réouverture').fill('Erreur dans le tour de parole d’Amicale du Nid');
    await reopenDialog.getByRole('button', { name: 'Rouvrir', exact: true }).click();
    await panel.getByTestId('review-status').filter({ hasText: 'Brouillon' }).waitFor();

    await coordination.page.locator('.document-body[contenteditable="true"]').waitFor();
    await typeAfter(coordination.page, 'Un état des lieux est nécessaire.', ' Rouvert.');
    await expect.poll(() => storedText(api, id), POLL).toContain('Rouvert.');
    expect(pageErrors.flat()).toEqual([]);
  });

  it('W2: after an edit, the comparison names the changed speaker turn and marks the insertion', async () => {
    const api = await scriptedAdmin(suite.server.url);
    const id = await createReviewedMinutes(api, 'Réunion du Collectif du 13 décembre 2013');
    await api(`/api/minutes/${id}/status`, { status: 'review' });
    const member = await memberContext(api, 'Sarah Berthelot', 'Hors la Rue');
    const panel = await openMinutes(member, id);
    await panel.getByRole('button', { name: 'Approuver le texte actuel au nom de Hors la Rue' }).click();
    await panel.locator('.review-approval', { hasText: 'Hors la Rue' }).filter({ hasText: 'Approuvé (cette version)' }).waitFor();

    await typeAfter(member.page, 'Un état des lieux est nécessaire.', ' Il n’existe qu’un seul foyer.');
    await expect.poll(() => storedText(api, id), POLL).toContain('un seul foyer');
    await panel.locator('.review-approval', { hasText: 'Hors la Rue' }).filter({ hasText: 'modifié depuis' }).waitFor(POLL);

    await panel.getByRole('button', { name: 'Ce qui a changé depuis la version que vous avez approuvée' }).click();
    const diff = member.page.getByRole('dialog', { name: 'Ce qui a changé depuis la version que vous avez approuvée' });
    const changes = diff.getByRole('navigation', { name: 'Passages modifiés' });
    await changes.getByRole('button', { name: 'Tour de parole — Amicale du Nid' }).click();
    expect(await changes.getByRole('listitem').count()).toBe(1);
    const changedTurn = diff.locator('.review-diff-block[data-status="modified"]');
    await expect.poll(() => changedTurn.evaluate((block) => block === document.activeElement)).toBe(true);
    expect(await changedTurn.locator('ins').textContent()).toContain('Il n’existe qu’un seul foyer.');
    expect(await changedTurn.locator('ins .visually-hidden').first().textContent()).toContain('ajouté');
    await member.page.keyboard.press('Escape');
    await diff.waitFor({ state: 'hidden' });

    // The approved version itself, read-only, still without the addition.
    await panel.getByRole('button', { name: 'Voir « Version approuvée par Hors la Rue »' }).click();
    const version = member.page.getByRole('dialog', { name: 'Version « Version approuvée par Hors la Rue »' });
    await version.locator('.review-turn', { hasText: 'Amicale du Nid' }).waitFor();
    expect(await version.locator('.review-document').textContent()).not.toContain('un seul foyer');
    expect(pageErrors.flat()).toEqual([]);
  });

  it('W6: a saved version is restored, after confirmation, into the text being edited', async () => {
    const api = await scriptedAdmin(suite.server.url);
    const id = await createReviewedMinutes(api, 'Réunion du Collectif du 17 janvier 2014');
    const coordination = await coordinationContext();
    const panel = await openMinutes(coordination, id);

    await panel.getByLabel('Nom de la version').fill('Avant corrections');
    await panel.getByRole('button', { name: 'Enregistrer une version' }).click();
    // Shown in the panel, and said once through the page's live region.
    await panel.getByText('Version « Avant corrections » enregistrée.').waitFor();
    await coordination.page.getByTestId('announcer').filter({ hasText: 'Version « Avant corrections » enregistrée.' }).waitFor({ state: 'attached' });
    await typeAfter(coordination.page, 'Le projet Resiland débute.', ' Phrase à retirer.');
    await expect.poll(() => storedText(api, id), POLL).toContain('Phrase à retirer.');

    await panel.getByRole('button', { name: 'Restaurer « Avant corrections »' }).click();
    const confirm = coordination.page.getByRole('dialog', { name: 'Restaurer une version' });
    await confirm.getByRole('button', { name: 'Restaurer cette version' }).click();
    await confirm.waitFor({ state: 'hidden' });
    await coordination.page.locator('.document-body', { hasNotText: 'Phrase à retirer.' }).waitFor();
    expect(await storedText(api, id)).not.toContain('Phrase à retirer.');
    await panel.locator('.review-version-item', { hasText: /Restauration de «\u00a0Avant corrections\u00a0»/ }).waitFor();
    expect(pageErrors.flat()).toEqual([]);
  });
});
