import { describe, expect, it } from 'vitest';
import { openContext } from './browser';
import { mailingSuite } from './mailingSuite';
import { SENT_MINUTES_TITLE, validatedForSending } from './validatedForSending';

const suite = mailingSuite();

const TITLE = SENT_MINUTES_TITLE;
const RECIPIENT = 'cabinet@interieur.minutier.test';


describe('sending a validated compte-rendu by e-mail (SPEC D1–D6)', () => {

  it('D6: the coordination checks the recipients and the attachment, confirms, the message arrives and the editor says so', async () => {
    const id = await validatedForSending(suite.server.url);
    const { context, page, errors } = await openContext(suite.browser, suite.server.url);
    suite.contexts.push(context);
    await page.goto(`${suite.server.url}/cr/${id}`);
    const opener = page.getByRole('button', { name: 'Envoyer…' });
    await opener.click();
    const dialog = page.getByRole('dialog', { name: 'Envoyer le compte-rendu' });
    await dialog.getByLabel('Destinataire, tel qu’il apparaîtra sur le compte-rendu').fill('le ministère de l’Intérieur');
    await dialog.getByLabel('Adresses e-mail, une par ligne', { exact: false }).fill(`Cabinet <${RECIPIENT}>`);
    await dialog.getByRole('radio', { name: 'Word (DOCX)' }).check();

    await dialog.getByRole('button', { name: 'Vérifier l’envoi' }).click();
    const attachments = dialog.getByRole('list', { name: 'Pièces jointes' });
    await attachments.getByText(/2014-03-03-compte-rendu.*\.docx/).waitFor();
    await dialog.getByRole('list', { name: 'Destinataires' }).getByText(`Cabinet <${RECIPIENT}>`).waitFor();
    expect(suite.smtp.messages).toHaveLength(0);

    await dialog.getByRole('button', { name: 'Envoyer', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Envoyer…');
    const [mail] = await suite.smtp.waitForMessages(1);
    expect(mail?.envelopeTo).toEqual([RECIPIENT]);
    expect(mail?.parsed.subject).toMatch(/^Compte-rendu de la réunion du 3 mars 2014 — /);
    expect(mail?.parsed.attachments.map((attachment) => attachment.filename)).toEqual([expect.stringMatching(/\.docx$/)]);

    await page.getByTestId('sendings-notice').getByText(/^Envoyé au ministère de l’Intérieur le .+ \(par e-mail à 1 destinataire\)$/).waitFor();
    expect(errors).toEqual([]);
  });

  it('D5: handed over outside Minutier, from the keyboard: recorded, its file downloaded, nothing mailed', async () => {
    const id = await validatedForSending(suite.server.url);
    const before = suite.smtp.messages.length;
    const { context, page, errors } = await openContext(suite.browser, suite.server.url);
    suite.contexts.push(context);
    await page.goto(`${suite.server.url}/cr/${id}`);
    const opener = page.getByRole('button', { name: 'Envoyer…' });
    await opener.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Envoyer le compte-rendu' });
    // Échap closes without sending, the focus back on « Envoyer… ».
    await dialog.waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Envoyer…');

    await page.keyboard.press('Enter');
    await page.keyboard.type('la préfecture de police');
    await dialog.getByRole('radio', { name: /hors Minutier/ }).check();
    await dialog.getByRole('radio', { name: 'Word (DOCX)' }).check();
    await dialog.getByRole('button', { name: 'Vérifier l’envoi' }).click();
    await dialog.getByRole('list', { name: 'Pièces jointes' }).getByText(/\.docx/).waitFor();
    const download = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Enregistrer comme remis hors Minutier' }).click();
    expect((await download).suggestedFilename()).toMatch(/^2014-03-03-compte-rendu.*\.docx$/);
    await page.getByTestId('sendings-notice').getByText(/^Remis hors Minutier à la préfecture de police le /).waitFor();
    expect(suite.smtp.messages).toHaveLength(before);
    expect(errors).toEqual([]);
  });
});
