import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { LetterCreated, LetterView } from '../shared/api/letters';
import { pdfText } from '../server/src/export/testing/readers';
import { signInViaApi } from './api';
import { documentBody, openContext, waitForStatus } from './browser';
import { mailingSuite } from './mailingSuite';
import { SENT_MINUTES_TITLE, validatedForSending } from './validatedForSending';

const suite = mailingSuite();

const TITLE = SENT_MINUTES_TITLE;
const RECIPIENT = 'cabinet@interieur.minutier.test';
const ADDRESSEE = 'Monsieur Bernard Cazeneuve';
/** Exports render in a worker and print through Chromium: more than the default minute on a busy machine. */
const LETTER_TEST_TIMEOUT = 120_000;


describe('the cover letter of a validated compte-rendu (SPEC L1–L8)', () => {
  it(
    'L6, L3, L7: the coordination sets the template, writes a letter from it, fills the addressee, types in the body, saves and downloads the PDF',
    async () => {
      const id = await validatedForSending(suite.server.url);
      const { context, page, errors } = await openContext(suite.browser, suite.server.url);
      suite.contexts.push(context);

      // The template, in « Paramètres » (coordination only).
      await page.goto(`${suite.server.url}/parametres`);
      const template = page.getByRole('region', { name: 'Modèle de lettre d’envoi' });
      await template.getByLabel('Formule d’appel').fill('Monsieur le Ministre,');
      await template.getByLabel('Paragraphe 1', { exact: true }).fill('Vous trouverez ci-joint le compte-rendu de notre réunion du {date}.');
      await template.getByRole('button', { name: 'Enregistrer le modèle' }).click();
      await template.getByRole('status').filter({ hasText: 'Modèle enregistré' }).waitFor();

      // « Écrire la lettre d’envoi » on the validated compte-rendu opens the new letter.
      await page.goto(`${suite.server.url}/cr/${id}`);
      await page.getByRole('button', { name: 'Écrire la lettre d’envoi' }).click();
      await page.waitForURL(/\/lettre\/[A-Za-z0-9_-]{22}$/);
      await page.getByRole('heading', { name: 'Lettre d’envoi', level: 1 }).waitFor();
      await page.getByRole('link', { name: `Compte-rendu « ${TITLE} »` }).waitFor();

      // The body starts from the template, {date} filled in.
      const body = documentBody(page);
      await body.filter({ hasText: 'Vous trouverez ci-joint le compte-rendu de notre réunion du 3 mars 2014.' }).waitFor();
      await expect.poll(() => body.locator('p').first().textContent()).toBe('Monsieur le Ministre,');
      await expect.poll(() => page.getByLabel('Objet', { exact: true }).inputValue()).toBe('Envoi du compte-rendu de la réunion du 3 mars 2014');

      await page.getByLabel('Nom du destinataire').fill(ADDRESSEE);
      await page.getByLabel('Fonction du destinataire').fill('Ministre de l’Intérieur');
      // The preview around the body follows the form as it is typed, before it is saved.
      await page.getByTestId('letter-preview-head').getByText(ADDRESSEE).waitFor();
      await waitForStatus(page, 'connection-status', 'Connecté');
      await body.click();
      await page.keyboard.press('Control+End');
      await page.keyboard.press('Enter');
      await page.keyboard.type('Nous souhaitons vous rencontrer avant l’été.', { delay: 5 });
      await waitForStatus(page, 'sync-status', 'Synchronisé');

      const save = page.getByRole('button', { name: 'Enregistrer', exact: true });
      await save.click();
      await page.getByRole('status').filter({ hasText: /^Enregistré$/ }).waitFor();
      await expect.poll(() => save.isEnabled()).toBe(true);
      await page.getByTestId('letter-preview-head').getByText(ADDRESSEE).waitFor();

      const download = page.waitForEvent('download', { timeout: LETTER_TEST_TIMEOUT });
      await page.getByRole('button', { name: 'Télécharger en PDF' }).click();
      const file = await download;
      expect(file.suggestedFilename()).toMatch(/^Lettre d’envoi - \d{4}-\d{2}-\d{2}\.pdf$/);
      const pdf = await readFile((await file.path())!);
      expect(pdf.subarray(0, 4).toString('latin1')).toBe('%PDF');
      const text = (await pdfText(pdf)).replace(/\s+/g, ' ');
      expect(text).toContain(ADDRESSEE);
      expect(text).toContain('Nous souhaitons vous rencontrer avant l’été.');
      await page.getByRole('button', { name: 'Télécharger en PDF' }).waitFor();

      // Back on the compte-rendu, the letter is listed.
      await page.getByRole('link', { name: `Compte-rendu « ${TITLE} »` }).click();
      await page.getByTestId('letters-notice').getByRole('link', { name: new RegExp(`^Lettre d’envoi à ${ADDRESSEE}`) }).waitFor();
      expect(errors).toEqual([]);
    },
    LETTER_TEST_TIMEOUT,
  );

  it(
    'L8: sent by e-mail with the letter chosen in « Envoyer… », the letter is the first attachment',
    async () => {
      const id = await validatedForSending(suite.server.url);
      const admin = await signInViaApi(suite.server.url);
      const created = await admin.fetch(`/api/minutes/${id}/letters`, { method: 'POST', body: '{}' });
      expect(created.status).toBe(201);
      const { id: letterId } = (await created.json()) as LetterCreated;
      const letter = (await (await admin.fetch(`/api/letters/${letterId}`)).json()) as LetterView;
      const fields = { ...letter.fields, addressee: { ...letter.fields.addressee, name: ADDRESSEE } };
      const saved = await admin.fetch(`/api/letters/${letterId}`, { method: 'PUT', body: JSON.stringify({ revision: letter.revision, fields }) });
      expect(saved.status).toBe(200);
      const before = suite.smtp.messages.length;

      const { context, page, errors } = await openContext(suite.browser, suite.server.url);
      suite.contexts.push(context);
      await page.goto(`${suite.server.url}/cr/${id}`);
      await page.getByRole('button', { name: 'Envoyer…' }).click();
      const dialog = page.getByRole('dialog', { name: 'Envoyer le compte-rendu' });
      await dialog.getByLabel('Destinataire, tel qu’il apparaîtra sur le compte-rendu').fill('le ministère de l’Intérieur');
      await dialog.getByLabel('Adresses e-mail, une par ligne', { exact: false }).fill(`Cabinet <${RECIPIENT}>`);
      await dialog.getByRole('radio', { name: new RegExp(`^Lettre d’envoi à ${ADDRESSEE}`) }).check();

      await dialog.getByRole('button', { name: 'Vérifier l’envoi' }).click();
      const attachments = dialog.getByRole('list', { name: 'Pièces jointes' }).getByRole('listitem');
      await attachments.nth(1).waitFor();
      expect(await attachments.first().textContent()).toMatch(/^Lettre d’envoi.*\.pdf/);

      await dialog.getByRole('button', { name: 'Envoyer', exact: true }).click();
      await dialog.waitFor({ state: 'detached' });
      const [mail] = (await suite.smtp.waitForMessages(before + 1)).slice(before);
      expect(mail?.envelopeTo).toEqual([RECIPIENT]);
      const files = mail?.parsed.attachments ?? [];
      expect(files.map((attachment) => attachment.filename)).toEqual([
        expect.stringMatching(/^Lettre d’envoi.*\.pdf$/),
        expect.stringMatching(/^2014-03-03-compte-rendu.*\.pdf$/),
      ]);
      const letterPdf = files[0]!.content;
      expect(letterPdf.subarray(0, 4).toString('latin1')).toBe('%PDF');
      expect((await pdfText(letterPdf)).replace(/\s+/g, ' ')).toContain(ADDRESSEE);
      expect(errors).toEqual([]);
    },
    LETTER_TEST_TIMEOUT,
  );
});
