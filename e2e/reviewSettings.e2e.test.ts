import { describe, expect, it } from 'vitest';
import type { MinutesDocument } from '../shared/api/minutes';
import { createAccountViaApi, createMinutesViaApi, signInViaApi } from './api';
import { editableBody, openContext } from './browser';
import { browserSuite } from './browserSuite';
import { scriptedAdmin } from './scriptedAdmin';
import { E2E_ADMIN, type Credentials } from './serverProcess';

const suite = browserSuite();
const SWITCH = 'Pendant la relecture, les membres ne peuvent que suggérer';

async function open(signInAs: Credentials) {
  const opened = await openContext(suite.browser, suite.server.url, { signInAs });
  suite.contexts.push(opened.context);
  return opened;
}

const settingViaApi = async () =>
  (await scriptedAdmin(suite.server.url))<{ membersSuggestOnlyInReview: boolean }>('/api/settings/review');

describe('review settings', () => {
  it('W7, R20: the coordination switches members to suggestions only; a member then edits a document in review as « suggest »', async () => {
    const member = await createAccountViaApi(suite.server.url, {
      name: 'Hélène De Rugy',
      email: 'helene.derugy@amicale.test',
      password: 'mot de passe de membre',
      role: 'member',
    });
    const id = await createMinutesViaApi(suite.server.url, { title: 'Réunion du Collectif du 22 novembre 2013' });
    const admin = await signInViaApi(suite.server.url);
    expect((await admin.fetch(`/api/minutes/${id}/status`, { method: 'POST', body: JSON.stringify({ status: 'review' }) })).status).toBe(200);

    const { page } = await open(E2E_ADMIN);
    await page.goto(`${suite.server.url}/membres`);
    const toggle = page.getByLabel(SWITCH);
    expect(await toggle.isChecked()).toBe(false);
    await toggle.check();
    await page.getByRole('status').filter({ hasText: 'Réglage enregistré.' }).waitFor();
    expect(await settingViaApi()).toEqual({ membersSuggestOnlyInReview: true });
    await page.reload();
    expect(await page.getByLabel(SWITCH).isChecked()).toBe(true);

    const memberSession = await signInViaApi(suite.server.url, member);
    expect(((await (await memberSession.fetch(`/api/minutes/${id}`)).json()) as MinutesDocument).access).toBe('suggest');
    const memberPage = (await open(member)).page;
    await memberPage.goto(`${suite.server.url}/cr/${id}`);
    await editableBody(memberPage).waitFor();
    expect(await memberPage.getByText('Lecture seule').count()).toBe(0);

    await page.getByLabel(SWITCH).uncheck();
    await page.getByRole('status').filter({ hasText: 'Réglage enregistré.' }).waitFor();
    expect(await settingViaApi()).toEqual({ membersSuggestOnlyInReview: false });
    expect(((await (await memberSession.fetch(`/api/minutes/${id}`)).json()) as MinutesDocument).access).toBe('write');
  });
});
