import { describe, expect, it } from 'vitest';
import type { LinkResponse } from '../shared/api/auth';
import { signInViaApi } from './api';
import { openContext } from './browser';
import { mailingSuite } from './mailingSuite';

const suite = mailingSuite();

const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const ITEM = 'Envoyer la lettre à la Ministre.';
const TITLE = 'Réunion du Collectif du 31 janvier 2014';
const MEMBER = { name: 'Awa Diallo', email: 'awa@amicale.test', password: 'mot de passe de l’amicale' };

/** The coordination's data: an association, one of its members, and an overdue item it owns. */
async function seed(baseUrl: string): Promise<void> {
  const admin = await signInViaApi(baseUrl);
  const association = await admin.fetch('/api/associations', { method: 'POST', body: JSON.stringify({ name: 'Amicale du Nid' }) });
  expect(association.status).toBe(201);
  const { id: associationId } = (await association.json()) as { id: string };
  const invited = await admin.fetch('/api/invitations', { method: 'POST', body: JSON.stringify({ associationId, role: 'member' }) });
  expect(invited.status).toBe(201);
  const secret = new URL(((await invited.json()) as LinkResponse).url).pathname.split('/').pop() ?? '';
  const accepted = await fetch(`${baseUrl}/api/invitations/${secret}/accept`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(MEMBER),
  });
  expect(accepted.status).toBe(201);
  const created = await admin.fetch('/api/minutes', {
    method: 'POST',
    body: JSON.stringify({
      meta: { title: TITLE, meetingDate: '2014-01-31' },
      content: {
        type: 'doc',
        content: [{ type: 'actionItem', attrs: { id: 'suivi-lettre', owners: ['Amicale du Nid'], due: '2014-01-15', status: 'open' }, content: [paragraph(ITEM)] }],
      },
    }),
  });
  expect(created.status).toBe(201);
}

describe('reminder e-mails from the « À suivre » page (SPEC T7)', () => {

  it('T7: the coordination sees the recipients and the message, confirms, and the owners’ member receives the e-mail', async () => {
    await seed(suite.server.url);
    const { context, page, errors } = await openContext(suite.browser, suite.server.url);
    suite.contexts.push(context);
    await page.goto(`${suite.server.url}/a-suivre`);
    const row = page.getByRole('row').filter({ hasText: ITEM });
    const button = row.getByRole('button', { name: `Envoyer un rappel… : ${ITEM}` });

    // From the keyboard; « Annuler » sends nothing and gives the focus back to the button.
    await button.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Envoyer un rappel par e-mail' });
    await dialog.getByText(`${MEMBER.name} <${MEMBER.email}>`).waitFor();
    await dialog.getByText(`Rappel : point à suivre en retard — ${TITLE}`).waitFor();
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(`Envoyer un rappel… : ${ITEM}`);
    expect(suite.smtp.messages).toHaveLength(0);

    await button.click();
    await dialog.getByText(`${MEMBER.name} <${MEMBER.email}>`).waitFor();
    await dialog.getByRole('button', { name: 'Envoyer', exact: true }).click();
    await row.getByRole('status').filter({ hasText: 'Rappel envoyé à 1 personne.' }).waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(`Envoyer un rappel… : ${ITEM}`);

    const [mail] = await suite.smtp.waitForMessages(1);
    expect(mail?.envelopeTo).toEqual([MEMBER.email]);
    expect(mail?.parsed.subject).toBe(`Rappel : point à suivre en retard — ${TITLE}`);
    expect(mail?.parsed.text).toContain(ITEM);
    expect(mail?.parsed.text).toContain('Échéance : 15 janvier 2014');
    expect(mail?.parsed.text).toContain(`${suite.server.url}/a-suivre?status=open&overdue=1`);

    // A second try within the hour is refused with the server's French message, and sends nothing.
    await button.click();
    await dialog.getByRole('button', { name: 'Envoyer', exact: true }).click();
    await dialog.getByRole('alert').filter({ hasText: 'un seul rappel par heure et par point' }).waitFor();
    expect(suite.smtp.messages).toHaveLength(1);
    expect(errors.filter((error) => !error.includes('409'))).toEqual([]);
  });
});
