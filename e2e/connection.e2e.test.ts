import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { createMinutesViaApi } from './api';
import { documentBody, enterIdentity, launchChromium, openContext, typeAtEnd, waitForStatus, type Person } from './browser';
import { startServer, type RunningServer } from './serverProcess';

const alice: Person = { name: 'Hélène De Rugy', association: 'Amicale du Nid' };
const bob: Person = { name: 'Sarah Berthelot', association: 'Hors la Rue' };

let server: RunningServer;
let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  server = await startServer();
  browser = await launchChromium();
});

afterEach(async () => {
  await Promise.all(contexts.splice(0).map((context) => context.close()));
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function openAs(person: Person, documentId: string) {
  const opened = await openContext(browser, server.url);
  contexts.push(opened.context);
  await opened.page.goto(`${server.url}/cr/${documentId}`);
  await enterIdentity(opened.page, person);
  await waitForStatus(opened.page, 'connection-status', 'Connecté');
  await waitForStatus(opened.page, 'sync-status', 'Synchronisé');
  return opened;
}

describe('connection state', () => {
  it('keeps edits made while the browser is offline and sends them when it is back', async () => {
    const id = await createMinutesViaApi(server.url, { title: 'Hors ligne' });
    const first = await openAs(alice, id);
    const second = await openAs(bob, id);

    await second.context.setOffline(true);
    await waitForStatus(second.page, 'connection-status', 'Hors ligne');
    await typeAtEnd(second.page, 'Écrit sans réseau.');
    await waitForStatus(second.page, 'sync-status', 'Modifications en attente');

    await second.context.setOffline(false);
    await waitForStatus(second.page, 'connection-status', 'Connecté');
    await waitForStatus(second.page, 'sync-status', 'Synchronisé');
    await documentBody(first.page).filter({ hasText: 'Écrit sans réseau.' }).waitFor();
  });

  it('reconnects by itself when the server comes back, and nothing typed meanwhile is lost', async () => {
    const id = await createMinutesViaApi(server.url, { title: 'Redémarrage' });
    const { page } = await openAs(alice, id);
    await typeAtEnd(page, 'Avant la coupure.');
    await waitForStatus(page, 'sync-status', 'Synchronisé');

    const { port, dataDir } = server;
    await server.stop({ keepData: true });
    await waitForStatus(page, 'connection-status', 'Reconnexion…');
    await typeAtEnd(page, ' Pendant la coupure.');
    await waitForStatus(page, 'sync-status', 'Modifications en attente');
    // The provider backs off after each failure; after a few, the page says so.
    await waitForStatus(page, 'connection-status', 'Hors ligne');

    server = await startServer({ port, dataDir });
    await waitForStatus(page, 'connection-status', 'Connecté');
    await waitForStatus(page, 'sync-status', 'Synchronisé');

    await page.reload();
    await waitForStatus(page, 'sync-status', 'Synchronisé');
    const text = await documentBody(page).textContent();
    expect(text).toContain('Avant la coupure. Pendant la coupure.');
  });
});
