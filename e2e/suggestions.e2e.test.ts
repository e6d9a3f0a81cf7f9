import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Role } from '../shared/api/roles';
import { browserSuite } from './browserSuite';
import { invitingPeople } from './invitedPerson';
import { scriptedAdmin, type ScriptedAdmin } from './scriptedAdmin';

const suite = browserSuite();
const pageErrors: string[][] = [];

afterEach(() => {
  pageErrors.splice(0);
});

const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });

/** Two speaker turns, one paragraph each: the words the member will correct. */
async function createMinutes(api: ScriptedAdmin, title: string): Promise<string> {
  const created = await api<{ id: string }>('/api/minutes', {
    meta: { title, meetingDate: '2013-11-22' },
    content: {
      type: 'doc',
      content: [
        { type: 'speakerTurn', attrs: { id: 't1', organisation: 'Hors la Rue', person: '', role: '' }, content: [paragraph('Le projet Resiland débute.')] },
        { type: 'speakerTurn', attrs: { id: 't2', organisation: 'Amicale du Nid', person: '', role: '' }, content: [paragraph('Un état des lieux est vraiment nécessaire.')] },
      ],
    },
  });
  return created.id;
}

const invitePerson = invitingPeople(suite, { emailPrefix: 'suggestions', pageErrors, viewport: { width: 1280, height: 900 } });

/** A browser signed in as a new account of `role`, in `associationName` if given, invited by the coordination. */
const personContext = (api: ScriptedAdmin, name: string, role: Role, associationName: string | null) =>
  invitePerson(api, { name, role, association: associationName });

/** Opens the compte-rendu and the « Suggestions » panel. */
async function openMinutes({ page }: { page: Page }, id: string) {
  await page.goto(`${suite.server.url}/cr/${id}`);
  await page.locator('.document-body[contenteditable="true"]', { hasText: 'Un état des lieux' }).waitFor();
  await page.getByRole('tab', { name: 'Suggestions' }).click();
  return page.locator('.suggestions-panel');
}

/** Puts the caret in the paragraph containing `anchor`, `fromEnd` characters before its end. */
async function caretBeforeEnd(page: Page, anchor: string, fromEnd: number) {
  await page.locator('.document-body p', { hasText: anchor }).click();
  await page.keyboard.press('End');
  for (let step = 0; step < fromEnd; step++) await page.keyboard.press('ArrowLeft');
}

/** Selects the first occurrence of `words` in the body, as a drag of the mouse would. */
async function selectWords(page: Page, words: string) {
  await page.locator('.document-body').evaluate((body, wanted) => {
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const start = node.textContent?.indexOf(wanted) ?? -1;
      if (start < 0) continue;
      const range = document.createRange();
      range.setStart(node, start);
      range.setEnd(node, start + wanted.length);
      document.getSelection()?.removeAllRanges();
      document.getSelection()?.addRange(range);
      return;
    }
    throw new Error(`« ${wanted} » is not in the body`);
  }, words);
  await expect.poll(() => page.evaluate(() => document.getSelection()?.toString())).toBe(words);
}

async function storedBody(api: ScriptedAdmin, id: string): Promise<string> {
  return JSON.stringify((await api<{ content: unknown }>(`/api/minutes/${id}`)).content);
}

const LIVE = { timeout: 15_000 };

interface AuditRow {
  action: string;
  target: string | null;
  actorName: string | null;
  details: Record<string, unknown>;
}

describe('suggested changes in two browsers', () => {
  it('W8: a member suggests an insertion, a deletion and bold; the secretariat sees them live and accepts all of the association', async () => {
    const api = await scriptedAdmin(suite.server.url);
    const id = await createMinutes(api, 'Réunion du Collectif du 22 novembre 2013');
    const secretariat = await personContext(api, 'Sarah Berthelot', 'secretariat', null);
    const secretariatPanel = await openMinutes(secretariat, id);
    const member = await personContext(api, 'Hélène De Rugy', 'member', 'Amicale du Nid');
    await openMinutes(member, id);

    const toggle = member.page.getByRole('button', { name: 'Suggérer' });
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    await toggle.click();
    await member.page.locator('.toolbar-button--suggest[aria-pressed="true"]').waitFor();
    // Ctrl+Alt+G in the text toggles it too.
    await member.page.locator('.document-body p', { hasText: 'Le projet Resiland' }).click();
    await member.page.keyboard.press('Control+Alt+g');
    await member.page.locator('.toolbar-button--suggest[aria-pressed="false"]').waitFor();
    await member.page.keyboard.press('Control+Alt+g');
    await member.page.locator('.toolbar-button--suggest[aria-pressed="true"]').waitFor();

    // « … débute. » → « … débute en janvier. », and « vraiment » struck out.
    await caretBeforeEnd(member.page, 'Le projet Resiland', 1);
    await member.page.keyboard.type(' en janvier', { delay: 10 });
    // Once the typing is stored, no echo of it can move the selection made next.
    await expect.poll(() => storedBody(api, id), LIVE).toContain('en janvier');
    await selectWords(member.page, 'vraiment ');
    await member.page.keyboard.press('Backspace');
    await expect.poll(() => storedBody(api, id), LIVE).toContain('"deletion"');
    // « Resiland » in bold: formatting words already in the minutes is a suggestion too.
    await selectWords(member.page, 'Resiland');
    await member.page.keyboard.press('Control+b');
    // The caret to the end of the line, so that its label shown to others does not cut the sentence.
    await member.page.keyboard.press('End');

    // The member's own editor keeps both words, marked, and shows the bold.
    const memberBody = member.page.locator('.document-body');
    await memberBody.locator('.suggestion-text--insertion', { hasText: 'en janvier' }).waitFor();
    await memberBody.locator('.suggestion-text--deletion', { hasText: 'vraiment' }).waitFor();
    await memberBody.locator('strong .suggestion-text--formatChange, .suggestion-text--formatChange strong', { hasText: 'Resiland' }).waitFor();

    // The secretariat sees them live: underlined, struck, attributed, in the panel.
    const body = secretariat.page.locator('.document-body');
    const inserted = body.locator('.suggestion-text--insertion', { hasText: 'en janvier' });
    await inserted.waitFor(LIVE);
    expect(await inserted.getAttribute('title')).toBe('Suggestion d’Hélène De Rugy (Amicale du Nid)');
    expect(await inserted.evaluate((element) => getComputedStyle(element).textDecorationLine)).toContain('underline');
    const deleted = body.locator('.suggestion-text--deletion', { hasText: 'vraiment' });
    await deleted.waitFor(LIVE);
    expect(await deleted.evaluate((element) => getComputedStyle(element).textDecorationLine)).toContain('line-through');
    const reformatted = body.locator('.suggestion-text--formatChange[title="Suggestion d’Hélène De Rugy (Amicale du Nid) : gras ajouté"]', {
      hasText: 'Resiland',
    });
    await reformatted.waitFor(LIVE);
    const group = secretariatPanel.locator('.suggestion-group', { hasText: 'Amicale du Nid' });
    await group.locator('.suggestion-item', { hasText: 'en janvier' }).filter({ hasText: 'Hélène De Rugy' }).waitFor(LIVE);
    await group.locator('.suggestion-item', { hasText: 'vraiment' }).filter({ hasText: 'Hélène De Rugy' }).waitFor(LIVE);
    await group.locator('.suggestion-item', { hasText: 'Mise en forme' }).filter({ hasText: 'gras ajouté : «\u00a0Resiland\u00a0»' }).waitFor(LIVE);

    await secretariatPanel.getByRole('button', { name: 'Tout accepter d’Amicale du Nid' }).click();

    // Both browsers show the new text, without marks, and the deleted word is gone.
    for (const page of [secretariat.page, member.page]) {
      const pageBody = page.locator('.document-body');
      await pageBody.locator('p', { hasText: 'Le projet Resiland débute en janvier.' }).waitFor(LIVE);
      await pageBody.locator('p', { hasText: 'Un état des lieux est nécessaire.' }).waitFor(LIVE);
      await pageBody.locator('strong', { hasText: 'Resiland' }).waitFor(LIVE);
      expect(await pageBody.locator('ins, del, .suggestion-text, [data-format-change]').count()).toBe(0);
    }
    await secretariatPanel.getByText('Aucune suggestion en attente.', { exact: false }).waitFor();
    await expect.poll(() => storedBody(api, id), LIVE).toContain('" débute en janvier."');
    const stored = await storedBody(api, id);
    expect(stored).toContain('Un état des lieux est nécessaire.');
    expect(stored).not.toContain('vraiment');
    expect(stored).not.toMatch(/"insertion"|"deletion"|"formatChange"/);
    expect(stored).toContain('{"type":"text","marks":[{"type":"bold"}],"text":"Resiland"}');
    // The decision is attributed in the journal: who accepted whose suggestions.
    const decisions = async () =>
      (await api<{ entries: AuditRow[] }>('/api/audit')).entries.filter(
        (entry) => entry.action === 'suggestions.accepted' && entry.target === id,
      );
    await expect.poll(async () => (await decisions()).length, LIVE).toBe(1);
    expect((await decisions())[0]).toMatchObject({
      actorName: 'Sarah Berthelot',
      details: { count: 3, associations: 'Amicale du Nid', authors: 'Hélène De Rugy' },
    });
    expect(pageErrors.flat()).toEqual([]);
  });

  it('R20: with « suggestions only » on and the compte-rendu in review, the member’s toggle is forced on and typing is stored as a suggestion', async () => {
    const api = await scriptedAdmin(suite.server.url);
    await api('/api/settings/review', { membersSuggestOnlyInReview: true }, 'PUT');
    try {
      const id = await createMinutes(api, 'Réunion du Collectif du 13 décembre 2013');
      await api(`/api/minutes/${id}/status`, { status: 'review' });
      const member = await personContext(api, 'Martina Andreeva', 'member', 'Hors la Rue');
      await openMinutes(member, id);

      const toggle = member.page.getByRole('button', { name: 'Suggérer' });
      await member.page.locator('.toolbar-button--suggest[aria-pressed="true"]').waitFor();
      expect(await toggle.isDisabled()).toBe(true);
      expect(await toggle.getAttribute('title')).toBe('Relecture : vos modifications sont enregistrées comme suggestions');
      await member.page.getByText('Relecture : vos modifications sont enregistrées comme suggestions').waitFor();

      await caretBeforeEnd(member.page, 'Le projet Resiland', 1);
      await member.page.keyboard.type(' en février', { delay: 10 });
      await member.page.locator('.document-body .suggestion-text--insertion', { hasText: 'en février' }).waitFor();
      await expect.poll(() => storedBody(api, id), LIVE).toContain('en février');
      expect(await storedBody(api, id)).toMatch(/"insertion"/);
      // Bold on words already there passes the relay's check (R21) as a format proposal.
      await selectWords(member.page, 'Resiland');
      await member.page.keyboard.press('Control+b');
      await expect.poll(() => storedBody(api, id), LIVE).toContain('"formatChange"');
      expect(await member.page.getByText('Le serveur a refusé une de vos modifications', { exact: false }).count()).toBe(0);
      expect(pageErrors.flat()).toEqual([]);
    } finally {
      await api('/api/settings/review', { membersSuggestOnlyInReview: false }, 'PUT');
    }
  });
});
