import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { CommentThreadResponse } from '../shared/api/comments';
import { browserSuite } from './browserSuite';
import { invitingPeople } from './invitedPerson';
import { associationId, scriptedAdmin, type ScriptedAdmin } from './scriptedAdmin';

const suite = browserSuite();
const pageErrors: string[][] = [];

afterEach(() => {
  expect(pageErrors.flat()).toEqual([]);
  pageErrors.splice(0);
});

const invitePerson = invitingPeople(suite, { emailPrefix: 'compteur', pageErrors });

async function createMinutes(api: ScriptedAdmin): Promise<string> {
  const created = await api<{ id: string }>('/api/minutes', {
    meta: { title: 'Réunion du Collectif du 31 janvier 2014', meetingDate: '2014-01-31' },
    content: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Le projet Resiland débute.' }] }] },
  });
  return created.id;
}

/** The « Commentaires » tab, found by its whole name, as a screen reader says it. */
const commentsTab = (page: Page, name: string) => page.getByRole('tab', { name, exact: true });

describe('the « Commentaires » tab counts what is new', () => {
  it('counts new comments and replies, marks mentions of my association, and forgets them once I looked', async () => {
    const admin = await scriptedAdmin(suite.server.url);
    const horsLaRue = await associationId(admin, 'Hors la Rue');
    const id = await createMinutes(admin);
    const { page } = await invitePerson(admin, { name: 'Martina Andreeva', role: 'member', association: 'Hors la Rue' });
    await page.goto(`${suite.server.url}/cr/${id}`);
    await page.locator('.document-body', { hasText: 'Resiland' }).waitFor();
    await commentsTab(page, 'Commentaires').waitFor();

    // Written by the coordination while Martina has another panel open.
    const { thread } = await admin<CommentThreadResponse>(`/api/minutes/${id}/comments`, {
      quote: 'Resiland',
      body: 'Quelle date de début ?',
    });
    await commentsTab(page, 'Commentaires, 1 nouveau').waitFor();
    expect(await page.locator('.side-panels__badge').textContent()).toBe('1');
    expect(await page.locator('.side-panels__badge--emphasis').count()).toBe(0);

    await admin(`/api/minutes/${id}/comments/${thread.id}/replies`, {
      body: 'Hors la Rue peut-elle préciser ?',
      mentions: [horsLaRue],
    });
    await commentsTab(page, 'Commentaires, 2 nouveaux, dont 1 mentionnant votre association').waitFor();
    expect(await page.locator('.side-panels__badge--emphasis').textContent()).toBe('2');

    // Looking at the panel reads them: the count goes, the thread says it concerns her association.
    await commentsTab(page, 'Commentaires, 2 nouveaux, dont 1 mentionnant votre association').click();
    await commentsTab(page, 'Commentaires').waitFor();
    await page.locator('.comments-panel').getByText('Mentionne votre association').waitFor();
    expect(await page.locator('.side-panels__badge').count()).toBe(0);

    // Remembered for this document in this browser: after a reload, only what came since counts.
    await page.getByRole('tab', { name: 'Sommaire' }).click();
    await page.reload();
    await page.locator('.document-body', { hasText: 'Resiland' }).waitFor();
    await commentsTab(page, 'Commentaires').waitFor();
    await admin(`/api/minutes/${id}/comments`, { quote: 'projet', body: 'Le projet a-t-il un nom officiel ?' });
    await commentsTab(page, 'Commentaires, 1 nouveau').waitFor();
  });

  it('does not count my own comments', async () => {
    const admin = await scriptedAdmin(suite.server.url);
    const id = await createMinutes(admin);
    const { page } = await invitePerson(admin, { name: 'Hélène De Rugy', role: 'member', association: 'Amicale du Nid' });
    await page.goto(`${suite.server.url}/cr/${id}`);
    await page.locator('.document-body', { hasText: 'Resiland' }).waitFor();
    await admin(`/api/minutes/${id}/comments`, { quote: 'projet', body: 'Celui de la coordination.' });
    await commentsTab(page, 'Commentaires, 1 nouveau').waitFor();

    // Her own comment, written meanwhile: the panel reads the threads again, and counts it not.
    const reread = page.waitForResponse(
      (response) => response.url().endsWith(`/api/minutes/${id}/comments`) && response.request().method() === 'GET',
    );
    const created = await page.evaluate(async (documentId) => {
      const me = await (await fetch('/api/me')).json();
      const response = await fetch(`/api/minutes/${documentId}/comments`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': me.csrfToken },
        body: JSON.stringify({ quote: 'Resiland', body: 'Mon propre commentaire.' }),
      });
      return response.status;
    }, id);
    expect(created).toBe(201);
    expect(((await (await reread).json()) as { threads: unknown[] }).threads).toHaveLength(2);
    // Two frames: the answer is applied and drawn.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    expect(await commentsTab(page, 'Commentaires, 1 nouveau').count()).toBe(1);
  });
});
