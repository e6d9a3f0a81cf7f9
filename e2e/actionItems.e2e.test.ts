import { readFile } from 'node:fs/promises';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { signInViaApi } from './api';
import { documentBody, openContext, waitForStatus } from './browser';
import { browserSuite } from './browserSuite';

const suite = browserSuite();

const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });

describe('the « À suivre » page (SPEC T1–T3)', () => {
  it('T3, T6: marking an item done from the page shows « Fait » at once in a second browser that has the document open; the list downloads as ODT', async () => {
    const session = await signInViaApi(suite.server.url);
    const created = await session.fetch('/api/minutes', {
      method: 'POST',
      body: JSON.stringify({
        meta: { title: 'Réunion du Collectif du 31 janvier 2014', meetingDate: '2014-01-31' },
        content: {
          type: 'doc',
          content: [
            { type: 'actionItem', attrs: { id: 'suivi-lettre', owners: ['Amicale du Nid'], due: '2014-01-15', status: 'open' }, content: [paragraph('Envoyer la lettre à la Ministre.')] },
          ],
        },
      }),
    });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };

    const editor = await openContext(suite.browser, suite.server.url);
    suite.contexts.push(editor.context);
    await editor.page.goto(`${suite.server.url}/cr/${id}`);
    await waitForStatus(editor.page, 'connection-status', 'Connecté');
    const state = documentBody(editor.page).locator('aside.action-item').first().getByLabel('État');
    await expect.poll(() => state.inputValue()).toBe('open');

    const list = await openContext(suite.browser, suite.server.url);
    suite.contexts.push(list.context);
    await list.page.goto(`${suite.server.url}/`);
    await list.page.getByRole('navigation', { name: 'Pages principales' }).getByRole('link', { name: 'À suivre' }).click();
    await list.page.waitForURL(/\/a-suivre$/);
    const row = list.page.getByRole('row').filter({ hasText: 'Envoyer la lettre à la Ministre.' });
    await row.getByText('En retard').waitFor();
    expect(await row.getByRole('link', { name: 'Envoyer la lettre à la Ministre.' }).getAttribute('href')).toBe(`/cr/${id}#bloc-suivi-lettre`);

    // From the keyboard: the button is reached and pressed like any other.
    await row.getByRole('button', { name: 'Marquer fait : Envoyer la lettre à la Ministre.' }).focus();
    await list.page.keyboard.press('Enter');
    await row.getByRole('button', { name: 'Rouvrir : Envoyer la lettre à la Ministre.' }).waitFor();
    expect(await row.getByText('En retard').count()).toBe(0);

    // The other browser was never reloaded: the change came through the relay.
    await expect.poll(() => state.inputValue()).toBe('done');
    expect(await state.locator('option:checked').textContent()).toBe('Fait');
    // T6: the list as an ODT file, laid out by the server with the compte-rendu writers.
    const download = list.page.waitForEvent('download');
    await list.page.getByRole('button', { name: 'Exporter en ODT' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('points-a-suivre.odt');
    const content = unzipSync(new Uint8Array(await readFile(await file.path())))['content.xml'];
    expect(strFromU8(content ?? new Uint8Array())).toContain('Envoyer la lettre à la Ministre.');
    // The list, filters and actions fit a 1024 px window without scrolling sideways.
    await list.page.setViewportSize({ width: 1024, height: 768 });
    await expect.poll(() => list.page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    expect(editor.errors).toEqual([]);
    expect(list.errors).toEqual([]);
  });
});
