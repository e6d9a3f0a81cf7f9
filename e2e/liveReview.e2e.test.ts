import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserSuite } from './browserSuite';
import { invitingPeople } from './invitedPerson';
import { createReviewedMinutes, reviewedMinutesPages } from './reviewedMinutes';
import { scriptedAdmin } from './scriptedAdmin';

const pageErrors: string[][] = [];
const suite = browserSuite();

afterEach(() => {
  pageErrors.splice(0);
});

const invitePerson = invitingPeople(suite, { emailPrefix: 'direct', pageErrors });

const { coordinationContext, openEditor } = reviewedMinutesPages(suite, pageErrors);

async function openReviewPanel(page: Page) {
  await page.getByRole('tab', { name: 'Relecture' }).click();
  return page.locator('.review-panel');
}

const headerStatus = (page: Page, label: string) => page.getByTestId('document-status').filter({ hasText: label });

/**
 * The panel also polls every 10 s; answers within this bound come from the relay's event or
 * the editor's own hash, not from a poll.
 */
const LIVE = { timeout: 6_000 };

describe('review and validation, live on every open screen', () => {
  it('W10: a member’s open editor turns « En relecture » with « Approuver » without reload, then « Validé » (W11 asks to confirm)', async () => {
    const api = await scriptedAdmin(suite.server.url);
    const id = await createReviewedMinutes(api, 'Réunion du Collectif du 22 novembre 2013');
    const member = await invitePerson(api, { name: 'Martina Andreeva', role: 'member', association: 'Hors la Rue' });
    await openEditor(member, id);
    await headerStatus(member.page, 'Brouillon').waitFor();
    const coordination = await coordinationContext();
    await openEditor(coordination, id);
    const panel = await openReviewPanel(coordination.page);

    // The member's Relecture panel is closed, so nothing polls there: only the event can tell.
    await panel.getByRole('button', { name: 'Passer en relecture' }).click();
    await headerStatus(member.page, 'En relecture').waitFor();
    const memberPanel = await openReviewPanel(member.page);
    await memberPanel.getByTestId('review-status').filter({ hasText: 'En relecture' }).waitFor();
    await memberPanel.getByRole('button', { name: 'Approuver le texte actuel au nom de Hors la Rue' }).click();
    await panel.locator('.review-approval', { hasText: 'Hors la Rue' }).filter({ hasText: 'Approuvé (cette version)' }).waitFor(LIVE);

    await panel.getByRole('button', { name: 'Valider…' }).click();
    const dialog = coordination.page.getByRole('dialog', { name: 'Valider le compte-rendu' });
    await dialog.getByRole('region', { name: 'Ont approuvé ce texte (1)' }).getByText('Hors la Rue').waitFor();
    await dialog.getByRole('region', { name: 'N’ont pas approuvé (1)' }).getByText('Amicale du Nid').waitFor();
    await dialog.getByLabel('Date de la réunion qui a adopté le texte').fill('2014-02-17');
    await dialog.getByRole('button', { name: 'Valider', exact: true }).click();
    await dialog.getByText('Cochez cette case pour valider sans l’accord de toutes les associations.').waitFor();
    await dialog.getByLabel('Je confirme valider sans l’accord de toutes les associations').check();
    await dialog.getByRole('button', { name: 'Valider', exact: true }).click();
    await panel.getByTestId('review-status').filter({ hasText: 'Validé' }).waitFor();

    // Validation reconnects every editor read-only (4503): the member's screen follows by itself.
    await headerStatus(member.page, 'Validé').waitFor();
    await member.page.locator('.document-body[contenteditable="false"]').waitFor();
    await memberPanel.getByText('Validé lors de la réunion du Collectif du 17 février 2014').waitFor();
    expect(await memberPanel.getByRole('button', { name: /^Approuver/ }).count()).toBe(0);
    expect(pageErrors.flat()).toEqual([]);
  });

  it('W10: an approval shown « Approuvé (cette version) » turns « modifié depuis » on another screen within seconds of an edit', async () => {
    const api = await scriptedAdmin(suite.server.url);
    const id = await createReviewedMinutes(api, 'Réunion du Collectif du 13 décembre 2013');
    await api(`/api/minutes/${id}/status`, { status: 'review' });
    const member = await invitePerson(api, { name: 'Hélène De Rugy', role: 'member', association: 'Amicale du Nid' });
    await openEditor(member, id);
    const memberPanel = await openReviewPanel(member.page);
    await memberPanel.getByRole('button', { name: 'Approuver le texte actuel au nom de l’Amicale du Nid' }).click();
    const memberRow = memberPanel.locator('.review-approval', { hasText: 'Amicale du Nid' });
    await memberRow.filter({ hasText: 'Approuvé (cette version)' }).waitFor();

    const coordination = await coordinationContext();
    await openEditor(coordination, id);
    const panel = await openReviewPanel(coordination.page);
    const row = panel.locator('.review-approval', { hasText: 'Amicale du Nid' });
    await row.filter({ hasText: 'Approuvé (cette version)' }).waitFor();

    await member.page.locator('.document-body p', { hasText: 'Un état des lieux est nécessaire.' }).click();
    await member.page.keyboard.press('End');
    await member.page.keyboard.type(' Urgent.', { delay: 10 });
    await row.filter({ hasText: 'modifié depuis' }).waitFor(LIVE);
    await memberRow.filter({ hasText: 'modifié depuis' }).waitFor(LIVE);
    expect(pageErrors.flat()).toEqual([]);
  });
});
