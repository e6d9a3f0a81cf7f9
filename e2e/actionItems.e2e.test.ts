import { readFile } from 'node:fs/promises';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { ActionItemsResponse } from '../shared/api/actionItems';
import type { CarriedItemsResponse, MinutesDocument } from '../shared/api/minutes';
import { signInViaApi } from './api';
import { documentBody, openContext, waitForStatus } from './browser';
import { browserSuite } from './browserSuite';
import { scriptedAdmin } from './scriptedAdmin';

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
    const state = documentBody(editor.page).locator('.action-item').first().getByLabel('État');
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

  it('T1, T3, M9, M10: a carried item closed from the page closes in a second browser that has the next compte-rendu open; it is listed once, done, and the validated origin is not written to', async () => {
    const admin = await scriptedAdmin(suite.server.url);
    const text = 'Demander au ministère le calendrier du plan.';
    const origin = await admin<{ id: string }>('/api/minutes', {
      meta: { title: 'Réunion du Collectif du 22 novembre 2013', meetingDate: '2013-11-22' },
      content: {
        type: 'doc',
        content: [
          { type: 'actionItem', attrs: { id: 'suivi-calendrier', owners: ['Hors la Rue', 'Secours Catholique'], due: '2014-01-10', status: 'open' }, content: [paragraph(text)] },
        ],
      },
    });
    await admin(`/api/minutes/${origin.id}/validate`, { meetingDate: '2014-01-31', confirmWithoutUnanimity: true });
    const validatedBefore = await admin<MinutesDocument>(`/api/minutes/${origin.id}`);
    expect(validatedBefore.status).toBe('validated');
    // M10: the next compte-rendu carries the open item, same id, with its origin (M9).
    const next = await admin<{ id: string }>(`/api/minutes/${origin.id}/next`, { meetingDate: '2014-01-31' });

    const editor = await openContext(suite.browser, suite.server.url);
    suite.contexts.push(editor.context);
    await editor.page.goto(`${suite.server.url}/cr/${next.id}`);
    await waitForStatus(editor.page, 'connection-status', 'Connecté');
    const box = documentBody(editor.page).locator('.action-item', { hasText: text });
    await box.waitFor();
    const state = box.getByLabel('État');
    await expect.poll(() => state.inputValue()).toBe('open');
    // The line under the box says where the item was first written, with a link there.
    const originLine = documentBody(editor.page).locator('p', { hasText: 'Issu du compte-rendu de la réunion du 22 novembre 2013.' });
    await originLine.waitFor();
    expect(await originLine.getByRole('link').getAttribute('href')).toBe(`/cr/${origin.id}`);

    const list = await openContext(suite.browser, suite.server.url);
    suite.contexts.push(list.context);
    await list.page.goto(`${suite.server.url}/a-suivre`);
    const rows = list.page.getByRole('row').filter({ hasText: text });
    await rows.first().waitFor();
    // T1: one item per identity, though the validated origin and the next minutes both hold a copy.
    expect(await rows.count()).toBe(1);
    expect(await rows.getByRole('link', { name: text }).getAttribute('href')).toBe(`/cr/${next.id}#bloc-suivi-calendrier`);
    // The origin column links to where the item was first written.
    expect(await rows.getByRole('link').nth(1).getAttribute('href')).toBe(`/cr/${origin.id}#bloc-suivi-calendrier`);
    await rows.getByRole('button', { name: `Marquer fait : ${text}` }).click();
    await rows.getByRole('button', { name: `Rouvrir : ${text}` }).waitFor();

    // T3: written into the next minutes through the relay: the editor sees it without a reload.
    await expect.poll(() => state.inputValue()).toBe('done');
    expect(await state.locator('option:checked').textContent()).toBe('Fait');

    await list.page.reload();
    await rows.getByRole('button', { name: `Rouvrir : ${text}` }).waitFor();
    expect(await rows.count()).toBe(1);
    expect(await rows.getByRole('cell', { name: 'Fait', exact: true }).count()).toBe(1);
    const listed = (await admin<ActionItemsResponse>('/api/action-items')).items.filter((item) => item.id === 'suivi-calendrier');
    expect(listed).toHaveLength(1);
    expect(listed[0]).toMatchObject({ status: 'done', documentId: next.id, origin: { documentId: origin.id } });

    // M9: the origin reads the item closed in the next minutes, derived on read; its stored text is unchanged (W4).
    const carried = await admin<CarriedItemsResponse>(`/api/minutes/${origin.id}/carried-items`);
    expect(carried.items).toEqual([expect.objectContaining({ id: 'suivi-calendrier', status: 'done', closedIn: expect.objectContaining({ documentId: next.id }) })]);
    const validatedAfter = await admin<MinutesDocument>(`/api/minutes/${origin.id}`);
    expect(validatedAfter.content).toEqual(validatedBefore.content);
    expect(validatedAfter.updatedAt).toBe(validatedBefore.updatedAt);
    expect(validatedAfter.status).toBe('validated');
    expect(editor.errors).toEqual([]);
    expect(list.errors).toEqual([]);
  });
});
