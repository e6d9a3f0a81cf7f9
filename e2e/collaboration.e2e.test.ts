import { beforeEach, describe, expect, it } from 'vitest';
import { createMinutesViaApi } from './api';
import { documentBody, editableBody, openContext, typeAtEnd, waitForStatus } from './browser';
import { browserSuite } from './browserSuite';
import { type InvitedPerson, invitingPeople } from './invitedPerson';
import { scriptedAdmin } from './scriptedAdmin';

const alice: InvitedPerson = { name: 'Hélène De Rugy', role: 'member', association: 'Amicale du Nid' };
const bob: InvitedPerson = { name: 'Sarah Berthelot', role: 'member', association: 'Hors la Rue' };

const suite = browserSuite();
const pageErrors: string[][] = [];
const invitePerson = invitingPeople(suite, { emailPrefix: 'collaboration', pageErrors, consoleErrors: true });
beforeEach(() => {
  pageErrors.splice(0);
});

/**
 * Opens the compte-rendu as `person`, with an account of their own in their association (the
 * caret shows the account, R22), in a fresh browser context, and waits for the editor.
 */
async function openAs(person: InvitedPerson, documentId: string) {
  const opened = await invitePerson(await scriptedAdmin(suite.server.url), person);
  await opened.page.goto(`${suite.server.url}/cr/${documentId}`);
  await waitForStatus(opened.page, 'connection-status', 'Connecté');
  await editableBody(opened.page).waitFor();
  return { ...opened, errors: pageErrors.at(-1)! };
}

describe('editing together', () => {
  it('shows each person the other’s text and caret, then reports everything synchronised', async () => {
    const id = await createMinutesViaApi(suite.server.url, { title: 'Réunion du Collectif', meetingDate: '2013-11-22' });
    const first = await openAs(alice, id);
    const second = await openAs(bob, id);

    await typeAtEnd(first.page, 'Amicale du Nid note que la mesure 22 avance.');
    await documentBody(second.page).filter({ hasText: 'la mesure 22 avance' }).waitFor();
    await typeAtEnd(second.page, 'Hors la Rue demande', { newParagraph: true });
    await documentBody(first.page).filter({ hasText: 'Hors la Rue demande' }).waitFor();

    // Then both type at once, each in their own paragraph. (Typing at the very same spot
    // would interleave by design: who is "first" at one position is arbitrary.)
    await first.page.locator('.document-body p').first().click();
    await first.page.keyboard.press('End');
    await Promise.all([
      first.page.keyboard.type(' Un point sera fait en janvier.', { delay: 10 }),
      second.page.keyboard.type(' un calendrier.', { delay: 10 }),
    ]);

    for (const { page } of [first, second]) {
      await documentBody(page).filter({ hasText: 'Un point sera fait en janvier.' }).waitFor();
      await documentBody(page).filter({ hasText: 'Hors la Rue demande un calendrier.' }).waitFor();
    }

    await first.page.locator('.collaboration-carets__label', { hasText: 'Sarah Berthelot (Hors la Rue)' }).waitFor();
    await second.page
      .locator('.collaboration-carets__label', { hasText: 'Hélène De Rugy (Amicale du Nid)' })
      .waitFor();

    for (const { page } of [first, second]) {
      await waitForStatus(page, 'connection-status', 'Connecté');
      await waitForStatus(page, 'sync-status', 'Synchronisé');
    }

    const paragraphs = (page: typeof first.page) =>
      page.locator('.document-body p').evaluateAll((nodes) =>
        // Caret labels live inside the text as widgets; they are not part of the document.
        nodes.map((node) => {
          const copy = node.cloneNode(true) as HTMLElement;
          copy.querySelectorAll('.collaboration-carets__caret').forEach((caret) => caret.remove());
          return copy.textContent ?? '';
        }),
      );
    const seenByFirst = await paragraphs(first.page);
    expect(seenByFirst).toContain('Amicale du Nid note que la mesure 22 avance. Un point sera fait en janvier.');
    expect(seenByFirst).toContain('Hors la Rue demande un calendrier.');
    expect(await paragraphs(second.page)).toEqual(seenByFirst);
    expect([...first.errors, ...second.errors]).toEqual([]);
  });

  it('asks nobody who they are: the caret shows the name and association of the account', async () => {
    const id = await createMinutesViaApi(suite.server.url, { title: 'Qui écrit' });
    const first = await openAs(alice, id);
    const second = await openAs(bob, id);
    expect(await second.page.getByLabel('Votre nom').count()).toBe(0);
    expect(await second.page.getByTestId('identity-chip').innerText()).toContain('Sarah Berthelot (Hors la Rue)');
    await typeAtEnd(second.page, 'Bonjour.');
    await first.page.locator('.collaboration-carets__label', { hasText: 'Sarah Berthelot (Hors la Rue)' }).waitFor();
    expect(await first.page.getByRole('button', { name: /Modifier votre identité/ }).count()).toBe(0);
  });

  it('keeps what was typed across a reload', async () => {
    const id = await createMinutesViaApi(suite.server.url, { title: 'Relecture', meetingDate: '2014-02-17' });
    const { page } = await openAs(alice, id);
    await typeAtEnd(page, 'Validé lors de la réunion du Collectif.');
    await waitForStatus(page, 'sync-status', 'Synchronisé');

    await page.reload();
    await waitForStatus(page, 'connection-status', 'Connecté');
    await waitForStatus(page, 'sync-status', 'Synchronisé');
    await documentBody(page).filter({ hasText: 'Validé lors de la réunion du Collectif.' }).waitFor();
    expect(await page.getByLabel('Votre nom').count()).toBe(0);
  });

  it('keeps my caret on my words when a colleague types earlier in the same speaker turn', async () => {
    const api = await scriptedAdmin(suite.server.url);
    const paragraph = { type: 'paragraph', content: [{ type: 'text', text: 'Un état des lieux est nécessaire.' }] };
    const turn = { type: 'speakerTurn', attrs: { id: 't1', organisation: 'Amicale du Nid', person: '', role: '' }, content: [paragraph] };
    const { id } = await api<{ id: string }>('/api/minutes', { meta: { title: 'Réunion du Collectif' }, content: { type: 'doc', content: [turn] } });
    const first = await openAs(alice, id);
    const second = await openAs(bob, id);
    const words = (page: typeof first.page) => page.locator('.document-body p', { hasText: 'des lieux' });
    // The paragraph's text as the document has it: caret labels are widgets inside it.
    const textOf = (page: typeof first.page) =>
      words(page).evaluate((node) => {
        const copy = node.cloneNode(true) as Element;
        copy.querySelectorAll('.collaboration-carets__caret').forEach((caret) => caret.remove());
        return copy.textContent;
      });

    // Hélène's caret after « état »; Sarah then types at the start of the same paragraph.
    await words(first.page).click();
    await first.page.keyboard.press('Home');
    for (let step = 0; step < 'Un état'.length; step++) await first.page.keyboard.press('ArrowRight');
    await words(second.page).click();
    await second.page.keyboard.press('Home');
    await second.page.keyboard.type('Selon nous, ', { delay: 10 });
    await expect.poll(() => textOf(first.page), { timeout: 15_000 }).toBe('Selon nous, Un état des lieux est nécessaire.');

    await first.page.keyboard.type(' complet', { delay: 10 });
    for (const { page } of [first, second]) {
      await expect.poll(() => textOf(page), { timeout: 15_000 }).toBe('Selon nous, Un état complet des lieux est nécessaire.');
    }
  });

  it('says the document does not exist for an unknown id', async () => {
    const opened = await openContext(suite.browser, suite.server.url);
    suite.contexts.push(opened.context);
    await opened.page.goto(`${suite.server.url}/cr/AAAAAAAAAAAAAAAAAAAAAA`);
    await opened.page.getByRole('heading', { name: "Ce compte-rendu n'existe pas" }).waitFor();
    await opened.page.getByRole('link', { name: 'Retour à la liste des comptes-rendus' }).click();
    await opened.page.getByRole('heading', { name: 'Comptes-rendus' }).waitFor();
    expect(new URL(opened.page.url()).pathname).toBe('/');
  });
});
