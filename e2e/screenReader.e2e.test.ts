import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { MeResponse } from '../shared/api/auth';
import { auditPage } from './accessibilityAudit';
import { documentBody, editableBody, waitForStatus } from './browser';
import { browserSuite } from './browserSuite';
import { invitingPeople } from './invitedPerson';
import { createReviewedMinutes, reviewedMinutesPages } from './reviewedMinutes';
import { scriptedAdmin } from './scriptedAdmin';

const suite = browserSuite();
const pageErrors: string[][] = [];

afterEach(() => {
  pageErrors.splice(0);
});

const invitePerson = invitingPeople(suite, { emailPrefix: 'screenreader', pageErrors });
const { coordinationContext, openEditor } = reviewedMinutesPages(suite, pageErrors);

/** Title of measure 22 and of its plan in the registry the server seeds (server/src/demo/plan-2014-2016-mesures.json). */
const MEASURE_22 = 'Coordination départementale et régionale de la lutte contre la traite';
const PLAN = 'Plan d\'action national contre la traite des êtres humains 2014-2016';

const LIVE = { timeout: 15_000 };

/** The axe-core rules about names, roles and landmarks, which the views of the text must pass. */
const NAME_AND_LANDMARK_RULES = [
  'landmark-unique',
  'landmark-complementary-is-top-level',
  'aria-prohibited-attr',
  'aria-allowed-attr',
  'aria-allowed-role',
  'aria-required-children',
  'aria-required-parent',
  'nested-interactive',
];

/**
 * Keeps every text the page's live region is given, in order, as a screen reader would hear
 * them: a later announcement replaces the region's text, so reading it once could miss one.
 */
async function recordAnnouncements(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const heard: string[] = [];
    (window as unknown as { heard: string[] }).heard = heard;
    new MutationObserver((records) => {
      for (const record of records) {
        const region = (record.target as Element).closest?.('[data-testid="announcer"]') ?? record.target.parentElement?.closest('[data-testid="announcer"]');
        const text = region?.textContent ?? '';
        if (text !== '') heard.push(text);
      }
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
}

const heard = (page: Page): Promise<string[]> => page.evaluate(() => (window as unknown as { heard: string[] }).heard);

/** Waits until the page has announced a text containing `words`. */
async function waitForAnnouncement(page: Page, words: string | RegExp): Promise<void> {
  const matches = (text: string) => (typeof words === 'string' ? text.includes(words) : words.test(text));
  await expect.poll(async () => (await heard(page)).some(matches), LIVE).toBe(true);
}

const paragraph = (...content: object[]) => ({ type: 'paragraph', content });
const text = (words: string) => ({ type: 'text', text: words });

describe('what a screen reader hears in the editor', () => {
  it('names speaker turns, « À suivre » boxes and measure references, and follows a colleague’s change of speaker', async () => {
    const api = await scriptedAdmin(suite.server.url);
    const { id } = await api<{ id: string }>('/api/minutes', {
      meta: { title: 'Noms accessibles', meetingDate: '2014-01-31' },
      participants: [{ organisation: 'Hors la Rue', people: ['Martina Andreeva'], attendance: 'present' }],
      content: {
        type: 'doc',
        content: [
          {
            type: 'speakerTurn',
            attrs: { id: 't1', organisation: 'Hors la Rue', person: 'Martina Andreeva', role: '' },
            content: [paragraph(text('Le projet avance, voir la '), { type: 'measureRef', attrs: { plan: 'pan-teh-2014-2016', number: 22, item: '' } }, text('.'))],
          },
          {
            type: 'actionItem',
            attrs: { id: 'a1', owners: ['Hors la Rue'], due: '2014-02-28', status: 'open' },
            content: [paragraph(text('Relancer le cabinet de la ministre.'))],
          },
          {
            type: 'actionItem',
            attrs: { id: 'a2', owners: [], due: '', status: 'done' },
            content: [paragraph(text('Envoyer la liste des centres.'))],
          },
        ],
      },
    });
    const first = await coordinationContext();
    const second = await coordinationContext();
    for (const person of [first, second]) {
      await person.page.goto(`${suite.server.url}/cr/${id}`);
      await editableBody(person.page).waitFor(LIVE);
    }
    const body = documentBody(first.page);

    const turn = body.getByRole('group', { name: 'Tour de parole de Hors la Rue, Martina Andreeva', exact: true });
    // No heading before it in the text: its speaker is a level below the page's title.
    await turn.getByRole('heading', { level: 2 }).waitFor();
    await body
      .getByRole('group', { name: 'À suivre : Relancer le cabinet de la ministre. — Hors la Rue ; échéance : vendredi 28 février 2014', exact: true })
      .waitFor();
    await body.getByRole('group', { name: 'À suivre : Envoyer la liste des centres. — fait', exact: true }).waitFor();
    await body.getByRole('group', { name: `Mesure 22 du ${PLAN} : ${MEASURE_22}`, exact: true }).waitFor(LIVE);

    // A colleague names someone else: the turn's name follows, without a reload.
    await documentBody(second.page).getByRole('button', { name: 'Modifier l’intervenant' }).click();
    await second.page.getByRole('group', { name: 'Intervenant' }).getByLabel('Personne').fill('Anne Dupont');
    await body.getByRole('group', { name: 'Tour de parole de Hors la Rue, Anne Dupont', exact: true }).waitFor(LIVE);

    // Boxes are named groups, not landmarks: nothing in the text crowds or repeats in the landmark list,
    // and every name is allowed where it is (heading levels are checked by the page audit).
    const violations = await auditPage(first.page);
    const inText = violations.filter(
      (violation) =>
        NAME_AND_LANDMARK_RULES.includes(violation.id) &&
        violation.nodes.some((node) => /action-item|speaker-turn|measure-ref/.test(node.target.join(' '))),
    );
    expect(inText.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
    expect(pageErrors.flat()).toEqual([]);
  });

  it('announces a colleague’s arrival, their decision on suggestions and their departure, and never reads their caret as text', async () => {
    const api = await scriptedAdmin(suite.server.url);
    const id = await createReviewedMinutes(api, 'Réunion du Collectif du 22 novembre 2013');
    const coordination = await coordinationContext();
    await recordAnnouncements(coordination.page);
    await openEditor(coordination, id);
    await waitForStatus(coordination.page, 'connection-status', 'Connecté');
    await editableBody(coordination.page).waitFor(LIVE);
    const coordinationName = ((await (await coordination.page.request.get(`${suite.server.url}/api/me`)).json()) as MeResponse).user.name;

    const member = await invitePerson(api, { name: 'Inès Haddad', role: 'member', association: 'Hors la Rue' });
    await recordAnnouncements(member.page);
    await openEditor(member, id);
    await editableBody(member.page).waitFor(LIVE);
    await waitForAnnouncement(coordination.page, 'Inès Haddad (Hors la Rue) a rejoint le document.');
    // Who was there when the page opened is no news to the member.
    expect((await heard(member.page)).filter((words) => words.includes('rejoint'))).toEqual([]);

    // The member suggests words; her caret stands in the coordination's text, named, yet not read as words.
    await member.page.locator('.document-body p', { hasText: 'Le projet Resiland' }).click();
    await member.page.keyboard.press('End');
    await member.page.keyboard.press('Control+Alt+g');
    await member.page.locator('.toolbar-button--suggest[aria-pressed="true"]').waitFor();
    await member.page.keyboard.type(' en janvier', { delay: 10 });
    const body = documentBody(coordination.page);
    await body.locator('.collaboration-carets__label', { hasText: 'Inès Haddad (Hors la Rue)' }).waitFor(LIVE);
    await body.locator('.suggestion-text--insertion', { hasText: 'en janvier' }).waitFor(LIVE);
    const tree = await body.ariaSnapshot();
    expect(tree).toContain('en janvier');
    expect(tree).not.toContain('Inès Haddad');

    await coordination.page.getByRole('tab', { name: 'Suggestions' }).click();
    await coordination.page.getByRole('button', { name: 'Tout accepter de Hors la Rue' }).click();
    await waitForAnnouncement(coordination.page, '1 suggestion acceptée.');
    await waitForAnnouncement(member.page, / a accepté 1 suggestion\.$/);
    expect((await heard(member.page)).find((words) => words.includes('a accepté'))?.startsWith(coordinationName)).toBe(true);

    await member.page.close();
    await waitForAnnouncement(coordination.page, 'Inès Haddad (Hors la Rue) a quitté le document.');
    expect(pageErrors.flat()).toEqual([]);
  });

  it('announces the moves of the status, an association’s approval, « modifié depuis » and the connection’s loss and return', async () => {
    const api = await scriptedAdmin(suite.server.url);
    const id = await createReviewedMinutes(api, 'Réunion du Collectif du 13 décembre 2013');
    const coordination = await coordinationContext();
    await recordAnnouncements(coordination.page);
    await openEditor(coordination, id);
    await waitForStatus(coordination.page, 'connection-status', 'Connecté');
    await coordination.page.getByRole('tab', { name: 'Relecture' }).click();
    const member = await invitePerson(api, { name: 'Martina Andreeva', role: 'member', association: 'Hors la Rue' });
    await recordAnnouncements(member.page);
    await openEditor(member, id);
    await waitForStatus(member.page, 'connection-status', 'Connecté');

    // Moved by someone else (here a script of the coordination): both screens hear it.
    await api(`/api/minutes/${id}/status`, { status: 'review' });
    for (const page of [coordination.page, member.page]) await waitForAnnouncement(page, 'Le compte-rendu est passé en relecture.');

    await member.page.getByRole('tab', { name: 'Relecture' }).click();
    await member.page.getByRole('button', { name: 'Approuver le texte actuel au nom de Hors la Rue' }).click();
    await waitForAnnouncement(coordination.page, 'Hors la Rue a approuvé le texte.');

    await coordination.page.locator('.document-body p', { hasText: 'Un état des lieux est nécessaire.' }).click();
    await coordination.page.keyboard.press('End');
    await coordination.page.keyboard.type(' Urgent.', { delay: 10 });
    await waitForAnnouncement(member.page, 'Le texte a été modifié depuis l’approbation de Hors la Rue.');
    // Her own approval was confirmed where she gave it, not announced a second time.
    expect((await heard(member.page)).filter((words) => words.includes('a approuvé'))).toEqual([]);

    await coordination.page.context().setOffline(true);
    await waitForAnnouncement(coordination.page, /^Hors ligne/);
    await coordination.page.context().setOffline(false);
    await waitForAnnouncement(coordination.page, 'Connexion rétablie.');
    expect(pageErrors.flat()).toEqual([]);
  });
});
