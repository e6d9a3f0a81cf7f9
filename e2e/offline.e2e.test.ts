import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoBlockingViolations } from './accessibilityAudit';
import { createMinutesViaApi, signInViaApi } from './api';
import { documentBody, editableBody, openContext, typeAtEnd, waitForStatus } from './browser';
import { browserSuite } from './browserSuite';
import { startServer } from './serverProcess';

const suite = browserSuite();
const OFFLINE_KEPT = 'Hors ligne — vos modifications sont gardées sur cet appareil';

/** The names of the IndexedDB databases this origin holds, read through the IndexedDB API. */
const localDatabases = (page: Page) => page.evaluate(async () => (await indexedDB.databases()).map((database) => database.name ?? ''));

/** Opens the compte-rendu once online, with the service worker installed and its files cached. */
async function openOnline(documentId: string) {
  const opened = await openContext(suite.browser, suite.server.url);
  suite.contexts.push(opened.context);
  await opened.page.goto(`${suite.server.url}/cr/${documentId}`);
  await waitForStatus(opened.page, 'sync-status', 'Synchronisé');
  await editableBody(opened.page).waitFor();
  await opened.page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  return opened;
}

describe('offline work (issue 19)', () => {
  it('a speaker turn typed offline survives closing the page, reopens offline, and reaches a colleague once back', async () => {
    const id = await createMinutesViaApi(suite.server.url, { title: 'Réunion dans une salle sans réseau' });
    const { context, page } = await openOnline(id);
    await typeAtEnd(page, 'Ouverture.');
    await waitForStatus(page, 'sync-status', 'Synchronisé');

    const { port, dataDir } = suite.server;
    await suite.server.stop({ keepData: true });
    await context.setOffline(true);
    await waitForStatus(page, 'connection-status', OFFLINE_KEPT);
    await page.keyboard.press('Control+Alt+p');
    await documentBody(page).locator('.speaker-turn').waitFor();
    await page.keyboard.type('Parole prise sans réseau.', { delay: 10 });
    await waitForStatus(page, 'sync-status', 'Enregistré sur cet appareil');
    await page.close();

    // The page again, from the service worker's cache and this device's copy, with no network at all.
    const reopened = await context.newPage();
    await reopened.goto(`${suite.server.url}/cr/${id}`);
    await reopened.getByTestId('offline-banner').waitFor();
    await documentBody(reopened).locator('.speaker-turn').filter({ hasText: 'Parole prise sans réseau.' }).waitFor();

    await context.setOffline(false);
    suite.server = await startServer({ port, dataDir });
    await waitForStatus(reopened, 'sync-status', 'Synchronisé');
    await reopened.getByTestId('offline-banner').filter({ hasText: 'Hors ligne' }).waitFor({ state: 'detached' });

    const colleague = await openOnline(id);
    await documentBody(colleague.page).locator('.speaker-turn').filter({ hasText: 'Parole prise sans réseau.' }).waitFor();
  });

  it('after a version was restored meanwhile, the copy is not merged: what was typed offline is shown to be copied or proposed', async () => {
    const id = await createMinutesViaApi(suite.server.url, { title: 'Restauration pendant la coupure' });
    const { page } = await openOnline(id);
    await typeAtEnd(page, 'Version de départ.');
    await waitForStatus(page, 'sync-status', 'Synchronisé');
    const saved = await (await signInViaApi(suite.server.url)).fetch(`/api/minutes/${id}/versions`, {
      method: 'POST',
      body: JSON.stringify({ label: 'Avant la réunion' }),
    });
    expect(saved.status).toBe(201);
    const { id: versionId } = (await saved.json()) as { id: string };

    // The server goes away; what is typed meanwhile stays on this device.
    const { port, dataDir } = suite.server;
    await suite.server.stop({ keepData: true });
    await typeAtEnd(page, ' Ajout hors ligne.', { newParagraph: true });
    await waitForStatus(page, 'sync-status', 'Enregistré sur cet appareil');
    // Meanwhile, elsewhere (the same data on another port, out of this browser's reach), a version is restored.
    const elsewhere = await startServer({ dataDir });
    const restored = await (await signInViaApi(elsewhere.url)).fetch(`/api/minutes/${id}/versions/${versionId}/restore`, { method: 'POST', body: '{}' });
    expect(restored.status).toBe(201);
    await elsewhere.stop({ keepData: true });

    suite.server = await startServer({ port, dataDir });
    const dialog = page.getByRole('dialog', { name: /a changé pendant que vous étiez hors ligne/ });
    await dialog.waitFor();
    await dialog.getByText('Ajout hors ligne.').waitFor();
    await expectNoBlockingViolations(page, 'the dialog of a copy that changed while offline');
    const session = await signInViaApi(suite.server.url);
    const stored = (await (await session.fetch(`/api/minutes/${id}`)).json()) as { content: unknown };
    expect(JSON.stringify(stored.content)).not.toContain('Ajout hors ligne');
    await dialog.getByRole('button', { name: 'Abandonner cette copie' }).click();
    await dialog.waitFor({ state: 'detached' });
    await waitForStatus(page, 'sync-status', 'Synchronisé');
    expect(await documentBody(page).textContent()).not.toContain('Ajout hors ligne');
  });

  it('« Se déconnecter » deletes every local copy of the account (checked through the IndexedDB API)', async () => {
    const id = await createMinutesViaApi(suite.server.url, { title: 'Ordinateur partagé' });
    const { page } = await openOnline(id);
    await typeAtEnd(page, 'Sur le poste de l’association.');
    await waitForStatus(page, 'sync-status', 'Synchronisé');
    await expect.poll(async () => (await localDatabases(page)).filter((name) => name.startsWith('minutier:')).length).toBeGreaterThan(1);

    await page.goto(suite.server.url);
    await page.getByRole('button', { name: /Coordination/ }).click();
    await page.getByRole('button', { name: 'Se déconnecter' }).click();
    await page.waitForURL((url) => url.pathname === '/connexion');
    expect((await localDatabases(page)).filter((name) => name.startsWith('minutier:'))).toEqual([]);
  });
});
