import { describe, expect, it } from 'vitest';
import { createMinutesViaApi } from './api';
import { documentBody, editableBody, openContext, typeAtEnd, waitForStatus } from './browser';
import { startServer } from './serverProcess';
import { browserSuite } from './browserSuite';

const suite = browserSuite();

/** Opens the compte-rendu in a browser of its own (own storage and socket), ready for typing. */
async function openInNewBrowser(documentId: string) {
  const opened = await openContext(suite.browser, suite.server.url);
  suite.contexts.push(opened.context);
  await opened.page.goto(`${suite.server.url}/cr/${documentId}`);
  await waitForStatus(opened.page, 'connection-status', 'Connecté');
  await waitForStatus(opened.page, 'sync-status', 'Synchronisé');
  await editableBody(opened.page).waitFor();
  return opened;
}

describe('connection state', () => {
  it('keeps edits made while the browser is offline and sends them when it is back', async () => {
    const id = await createMinutesViaApi(suite.server.url, { title: 'Hors ligne' });
    const first = await openInNewBrowser(id);
    const second = await openInNewBrowser(id);

    await second.context.setOffline(true);
    await waitForStatus(second.page, 'connection-status', 'Hors ligne — vos modifications sont gardées sur cet appareil');
    await typeAtEnd(second.page, 'Écrit sans réseau.');
    await waitForStatus(second.page, 'sync-status', 'Enregistré sur cet appareil');

    await second.context.setOffline(false);
    await waitForStatus(second.page, 'connection-status', 'Connecté');
    await waitForStatus(second.page, 'sync-status', 'Synchronisé');
    await documentBody(first.page).filter({ hasText: 'Écrit sans réseau.' }).waitFor();
  });

  it('reconnects by itself when the server comes back, and nothing typed meanwhile is lost', async () => {
    const id = await createMinutesViaApi(suite.server.url, { title: 'Redémarrage' });
    const { page } = await openInNewBrowser(id);
    await typeAtEnd(page, 'Avant la coupure.');
    await waitForStatus(page, 'sync-status', 'Synchronisé');

    const { port, dataDir } = suite.server;
    await suite.server.stop({ keepData: true });
    await waitForStatus(page, 'connection-status', 'Reconnexion…');
    await typeAtEnd(page, ' Pendant la coupure.');
    await waitForStatus(page, 'sync-status', 'Enregistré sur cet appareil');
    // The provider backs off after each failure; after a few, the page says so.
    await waitForStatus(page, 'connection-status', 'Hors ligne — vos modifications sont gardées sur cet appareil');

    suite.server = await startServer({ port, dataDir });
    await waitForStatus(page, 'connection-status', 'Connecté');
    await waitForStatus(page, 'sync-status', 'Synchronisé');

    await page.reload();
    await waitForStatus(page, 'sync-status', 'Synchronisé');
    const text = await documentBody(page).textContent();
    expect(text).toContain('Avant la coupure. Pendant la coupure.');
  });
});
