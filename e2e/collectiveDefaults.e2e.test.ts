import { describe, expect, it } from 'vitest';
import type { MeResponse } from '../shared/api/auth';
import { collectiveHeading } from '../client/panels/collectiveHeading';
import { documentBody, editableBody, openContext, waitForStatus } from './browser';
import { browserSuite } from './browserSuite';
import { associationId, scriptedAdmin } from './scriptedAdmin';

const suite = browserSuite();

const ASSOCIATIONS = ['Amicale du Nid', 'Armée du Salut', 'Hors la Rue'];

describe('a new compte-rendu knows its collective', () => {
  it('prefills « Collectif » and offers the collective’s associations to speaker turns and participants', async () => {
    const admin = await scriptedAdmin(suite.server.url);
    for (const name of ASSOCIATIONS) await associationId(admin, name);
    const me = await admin<MeResponse>('/api/me');
    const { context, page, errors } = await openContext(suite.browser, suite.server.url);
    suite.contexts.push(context);

    await page.goto(suite.server.url);
    await page.getByLabel('Titre').fill('Réunion du Collectif');
    await page.getByRole('button', { name: 'Créer' }).click();
    await page.waitForURL(/\/cr\/[A-Za-z0-9_-]{22}$/);
    await waitForStatus(page, 'connection-status', 'Connecté');
    await editableBody(page).waitFor();
    await page.getByRole('button', { name: 'Modifier l’en-tête' }).click();
    expect(await page.getByLabel('Collectif', { exact: true }).inputValue()).toBe(collectiveHeading(me.collective.name));

    // A turn whose speaker is still to be named: the collective's associations are offered.
    const id = new URL(page.url()).pathname.split('/').pop()!;
    const { id: withTurn } = await admin<{ id: string }>('/api/minutes', {
      meta: { title: 'Sans participants' },
      content: {
        type: 'doc',
        content: [
          {
            type: 'speakerTurn',
            attrs: { id: 't1', organisation: '', person: '', role: '' },
            content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Un état des lieux est nécessaire.' }] }],
          },
        ],
      },
    });
    expect(withTurn).not.toBe(id);
    await page.goto(`${suite.server.url}/cr/${withTurn}`);
    await waitForStatus(page, 'connection-status', 'Connecté');
    await editableBody(page).waitFor();
    await page.getByRole('button', { name: 'Modifier l’intervenant' }).click();
    const organisation = page.getByRole('group', { name: 'Intervenant' }).getByLabel('Organisation');
    const offered = () =>
      organisation.locator('optgroup[label="Autres associations du collectif"] option').allTextContents();
    await expect.poll(offered).toEqual(ASSOCIATIONS);
    await organisation.selectOption('Armée du Salut');
    await documentBody(page).getByRole('group', { name: 'Tour de parole de l’Armée du Salut' }).waitFor();

    await page.getByRole('tab', { name: 'Participants' }).click();
    await page.getByRole('button', { name: 'Ajouter Amicale du Nid aux participants' }).click();
    await page.getByLabel('Présence de l’Amicale du Nid').waitFor();
    // Listed now: offered no more, neither as a button nor in the speaker turn's « others ».
    expect(await page.getByRole('button', { name: 'Ajouter Amicale du Nid aux participants' }).count()).toBe(0);
    await expect.poll(offered).toEqual(['Armée du Salut', 'Hors la Rue']);
    expect(await organisation.locator('optgroup[label="Participants"] option').allTextContents()).toEqual(['Amicale du Nid']);
    expect(errors).toEqual([]);
  });

  it('closes the export dialog with its « × », like every other dialog', async () => {
    const admin = await scriptedAdmin(suite.server.url);
    const { id } = await admin<{ id: string }>('/api/minutes', { meta: { title: 'Export' } });
    const { context, page } = await openContext(suite.browser, suite.server.url);
    suite.contexts.push(context);
    await page.goto(`${suite.server.url}/cr/${id}`);
    await documentBody(page).waitFor();
    await page.getByRole('button', { name: 'Exporter' }).click();
    const dialog = page.getByRole('dialog', { name: 'Exporter le compte-rendu' });
    await dialog.waitFor();
    await dialog.locator('.modal-dialog__header').getByRole('button', { name: 'Fermer' }).click();
    await dialog.waitFor({ state: 'detached' });
    // The focus goes back to the button that opened it.
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Exporter');
  });
});
