import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { CommentThreadsResponse } from '../shared/api/comments';
import type { Role } from '../shared/api/roles';
import { browserSuite } from './browserSuite';
import { invitingPeople } from './invitedPerson';
import { associationId, scriptedAdmin, type ScriptedAdmin } from './scriptedAdmin';
import { selectInDocument } from './selectInDocument';

const suite = browserSuite();
const pageErrors: string[][] = [];

afterEach(() => {
  pageErrors.splice(0);
});

const PHRASE = 'Un état des lieux est nécessaire avant la prochaine réunion.';

async function createMinutes(api: ScriptedAdmin): Promise<string> {
  const created = await api<{ id: string }>('/api/minutes', {
    meta: { title: 'Réunion du Collectif du 22 novembre 2013', meetingDate: '2013-11-22' },
    content: {
      type: 'doc',
      content: [
        {
          type: 'speakerTurn',
          attrs: { id: 't1', organisation: 'Amicale du Nid', person: '', role: '' },
          content: [{ type: 'paragraph', content: [{ type: 'text', text: PHRASE }] }],
        },
      ],
    },
  });
  return created.id;
}

// Console errors too: one test expects exactly the refused request the browser logs.
const invitePerson = invitingPeople(suite, {
  emailPrefix: 'commentaire',
  pageErrors,
  viewport: { width: 1280, height: 900 },
  consoleErrors: true,
});

/** A browser signed in as a new account of `associationName`, invited by the coordination with `role`. */
async function personPage(api: ScriptedAdmin, name: string, associationName: string, role: Role): Promise<Page> {
  return (await invitePerson(api, { name, role, association: associationName })).page;
}

/** Opens the compte-rendu and brings the « Commentaires » panel to the front. */
async function openComments(page: Page, id: string) {
  await page.goto(`${suite.server.url}/cr/${id}`);
  await page.locator('.document-body', { hasText: 'état des lieux' }).waitFor();
  await page.getByRole('tab', { name: 'Commentaires' }).click();
  return page.locator('.comments-panel');
}

/** The paragraphs of the text (not the speaker turns' headings) as they read, without colleagues' caret labels. */
async function paragraphTexts(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('.document-body [data-node-view-content] p')].map((paragraph) => {
      const copy = paragraph.cloneNode(true) as Element;
      copy.querySelectorAll('.collaboration-carets__caret').forEach((caret) => caret.remove());
      return copy.textContent ?? '';
    }),
  );
}

/**
 * The commented words highlighted in the document, paragraph by paragraph, and how many paragraphs
 * hold them; a colleague's caret label drawn inside them is not part of the text.
 */
async function highlightedText(page: Page): Promise<{ pieces: string[]; paragraphs: number }> {
  return page.evaluate(() => {
    const anchors = [
      ...document.querySelectorAll('.document-body .comment-anchor :is(.comment-anchor--open, .comment-anchor--active)'),
    ];
    const textOf = (anchor: Element) => {
      const copy = anchor.cloneNode(true) as Element;
      copy.querySelectorAll('.collaboration-carets__caret').forEach((caret) => caret.remove());
      return copy.textContent ?? '';
    };
    // One piece per paragraph: a colleague's caret inside the words splits their highlight in two.
    const byParagraph = new Map<Element | null, string>();
    for (const anchor of anchors) byParagraph.set(anchor.closest('p'), (byParagraph.get(anchor.closest('p')) ?? '') + textOf(anchor));
    return { pieces: [...byParagraph.values()], paragraphs: byParagraph.size };
  });
}

describe('comments in two browsers', () => {
  it('C1, C3: comment with a mention → the other association sees it live and replies → the anchor survives edits → resolved', async () => {
    const api = await scriptedAdmin(suite.server.url);
    const id = await createMinutes(api);
    await associationId(api, 'AFJ');
    const helene = await personPage(api, 'Hélène De Rugy', 'Amicale du Nid', 'member');
    const martina = await personPage(api, 'Martina Andreeva', 'Hors la Rue', 'member');
    const helenePanel = await openComments(helene, id);
    const martinaPanel = await openComments(martina, id);
    await martinaPanel.getByText('Aucun commentaire ouvert.', { exact: false }).waitFor();

    // With nothing selected, Ctrl+Alt+C opens no form and is not StarterKit's code-block toggle,
    // which would turn the paragraph into code and drop every mark in it.
    await selectInDocument(helene, 'état des lieux', 0);
    await helene.keyboard.press('Control+Alt+c');
    await helene.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
    expect(await helene.locator('.document-body pre').count()).toBe(0);
    expect(await helenePanel.getByLabel('Votre commentaire').count()).toBe(0);

    // Hélène selects a phrase and comments it, mentioning the AFJ from the « @ » list.
    // Ctrl+Alt+C opens the form on the selection, Échap closes it; then the toolbar button.
    const commentButton = helene.getByRole('button', { name: 'Commenter', exact: true });
    await selectInDocument(helene, 'état des lieux');
    // The button turns on once the editor has the selection.
    await expect.poll(() => commentButton.isEnabled()).toBe(true);
    await helene.keyboard.press('Control+Alt+c');
    const text = helenePanel.getByLabel('Votre commentaire');
    const focused = () => text.evaluate((element) => element === document.activeElement);
    await expect.poll(focused).toBe(true);
    // Another selection, « Commenter » again: the form takes it, and the focus.
    await selectInDocument(helene, 'des lieux');
    await expect.poll(focused).toBe(false);
    await helene.keyboard.press('Control+Alt+c');
    await helenePanel.locator('.comment-new__quote', { hasText: /^«?\s*des lieux\s*»?$/ }).waitFor();
    await expect.poll(focused).toBe(true);
    await helene.keyboard.press('Escape');
    await text.waitFor({ state: 'detached' });
    await selectInDocument(helene, 'état des lieux');
    await commentButton.click();
    // While the comment is written, the words it is about stay marked in the text.
    await helene.locator('.document-body .comment-pending', { hasText: 'état des lieux' }).waitFor();
    await expect.poll(() => text.evaluate((element) => element === document.activeElement)).toBe(true);
    await helene.keyboard.type('Concernant ce passage, @AF', { delay: 10 });
    await helenePanel.getByRole('option', { name: 'AFJ' }).waitFor();
    await helene.keyboard.press('Enter');
    await helenePanel.getByRole('list', { name: 'Associations mentionnées' }).getByText('@AFJ').waitFor();
    // The pick puts the caret after « @AFJ » in the next animation frame: keys typed before it
    // would be moved behind the ones typed after it.
    await helene.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
    await helene.keyboard.type('a-t-elle les chiffres ?', { delay: 10 });
    await helenePanel.getByRole('button', { name: 'Envoyer le commentaire' }).click();

    const openList = (panel: typeof helenePanel) => panel.getByRole('list', { name: 'Commentaires ouverts' });
    const heleneThread = openList(helenePanel).locator('.comment-thread');
    await heleneThread.getByText('Concernant ce passage, @AFJ a-t-elle les chiffres ?').waitFor();
    await helene.locator('.document-body .comment-anchor', { hasText: 'état des lieux' }).waitFor();

    // Martina sees it appear without reloading, signed with Hélène's name and association.
    const martinaThread = openList(martinaPanel).locator('.comment-thread');
    await martinaThread.getByText('Concernant ce passage, @AFJ a-t-elle les chiffres ?').waitFor();
    // Announced before its anchor arrives through the relay: never taken for deleted text.
    expect(await martinaThread.locator('.comment-thread__gone').count()).toBe(0);
    await martinaThread.locator('.comment-message__author', { hasText: 'Hélène De Rugy' }).waitFor();
    await martinaThread.locator('.comment-message__association', { hasText: 'Amicale du Nid' }).waitFor();
    await martinaThread.locator('.comment-message__mentions', { hasText: '@AFJ' }).waitFor();
    await martina.locator('.document-body .comment-anchor', { hasText: 'état des lieux' }).waitFor();

    // She replies; Hélène sees the reply, signed by Hors la Rue.
    // A reply the server refuses (too long) says why in French and keeps what was typed.
    await martinaThread.getByRole('button', { name: 'Répondre' }).click();
    const reply = martinaThread.getByLabel('Votre réponse');
    const tooLong = 'chiffres '.repeat(600);
    await reply.fill(tooLong);
    // Another tab of the side panels and back: the reply being written is still there.
    await martina.getByRole('tab', { name: 'Sommaire' }).click();
    await reply.waitFor({ state: 'detached' });
    await martina.getByRole('tab', { name: 'Commentaires' }).click();
    expect(await reply.inputValue()).toBe(tooLong);
    await martinaThread.getByRole('button', { name: 'Envoyer la réponse' }).click();
    await martinaThread.getByRole('alert').filter({ hasText: 'le commentaire dépasse 5000 caractères' }).waitFor();
    expect(await reply.inputValue()).toBe(tooLong);
    await reply.fill('Nous les apporterons en janvier.');
    await martinaThread.getByRole('button', { name: 'Envoyer la réponse' }).click();
    await heleneThread.getByText('Nous les apporterons en janvier.').waitFor();
    await heleneThread.locator('.comment-message__association', { hasText: 'Hors la Rue' }).waitFor();

    // The caret in the commented words brings the thread forward in the margin.
    expect(await martinaPanel.locator('.comment-thread--active').count()).toBe(0);
    await selectInDocument(martina, 'état des lieux', 3);
    await martinaPanel.locator('.comment-thread--active', { hasText: 'Nous les apporterons en janvier.' }).waitFor();

    // Hélène writes before the commented words, then splits their paragraph in the middle of them.
    await selectInDocument(helene, 'Un ', 0);
    await helene.keyboard.type('Selon nous, ', { delay: 10 });
    await selectInDocument(helene, 'état des lieux', 'état'.length);
    await helene.keyboard.press('Enter');
    for (const page of [helene, martina]) {
      await expect
        .poll(() => paragraphTexts(page))
        .toEqual(['Selon nous, Un état', ' des lieux est nécessaire avant la prochaine réunion.']);
      await expect.poll(() => highlightedText(page)).toEqual({ pieces: ['état', ' des lieux'], paragraphs: 2 });
    }

    // A click on the thread selects its words, highlighted as the active thread.
    await heleneThread.getByRole('button', { name: /Afficher le passage commenté/ }).click();
    await expect
      .poll(() => helene.evaluate(() => [...document.querySelectorAll('.comment-anchor--active')].map((e) => e.textContent).join('')))
      .toBe('état des lieux');

    // Martina resolves it: it leaves Hélène's open list and waits under « Résolus (1) ».
    await martinaThread.getByRole('button', { name: 'Résoudre' }).click();
    await martinaPanel.getByRole('status').filter({ hasText: 'Commentaire résolu.' }).waitFor();
    // Its words keep their anchor but are no longer highlighted.
    await expect.poll(() => highlightedText(martina)).toEqual({ pieces: [], paragraphs: 0 });
    expect(await martina.locator('.document-body .comment-anchor').count()).toBe(2);
    await helenePanel.getByText('Aucun commentaire ouvert.', { exact: false }).waitFor();
    await expect(heleneThread.count()).resolves.toBe(0);
    await helenePanel.getByRole('button', { name: 'Résolus (1)' }).click();
    const resolved = helenePanel.getByRole('list', { name: 'Commentaires résolus' });
    await resolved.getByText('Résolu par Martina Andreeva (Hors la Rue)', { exact: false }).waitFor();

    const { threads } = await api<CommentThreadsResponse>(`/api/minutes/${id}/comments`);
    expect(threads).toHaveLength(1);
    expect(threads[0]).toMatchObject({ status: 'resolved', quote: 'état des lieux' });
    expect(threads[0]!.messages.map((message) => message.author.association)).toEqual(['Amicale du Nid', 'Hors la Rue']);
    expect(threads[0]!.messages[0]!.mentions.map((mention) => mention.name)).toEqual(['AFJ']);
    // The refused reply is the one request the browser reports as failed.
    const refused = 'Failed to load resource: the server responded with a status of 400 (Bad Request)';
    expect(pageErrors.flat()).toEqual([refused]);
  });

  it('C1, C2: a reader sees the threads, as plain text, but neither the comment button nor any way to write', async () => {
    const api = await scriptedAdmin(suite.server.url);
    const id = await createMinutes(api);
    const { threads } = await api<CommentThreadsResponse>(`/api/minutes/${id}/comments`);
    expect(threads).toEqual([]);
    const body = 'Question de la <b>coordination</b> ?';
    await api(`/api/minutes/${id}/comments`, { quote: 'état des lieux', body, mentions: [] });

    const reader = await personPage(api, 'Paul Lecteur', 'Hors la Rue', 'reader');
    const panel = await openComments(reader, id);
    const thread = panel.getByRole('list', { name: 'Commentaires ouverts' }).locator('.comment-thread');
    await thread.getByText(body).waitFor();
    // Opened through the API without an anchor: its text is not in the document.
    await thread.locator('.comment-thread__gone', { hasText: 'texte supprimé' }).waitFor();
    expect(await thread.locator('b').count()).toBe(0);
    await reader.getByText('Lecture seule').first().waitFor();
    expect(await reader.getByRole('button', { name: 'Commenter', exact: true }).count()).toBe(0);
    expect(await thread.getByRole('button', { name: 'Répondre' }).count()).toBe(0);
    expect(await thread.getByRole('button', { name: 'Résoudre' }).count()).toBe(0);
    expect(await panel.locator('textarea').count()).toBe(0);
    expect(pageErrors.flat()).toEqual([]);
  });

  it('R21, C1: a member limited to suggestions comments; the anchor is stored and the others see it', async () => {
    const api = await scriptedAdmin(suite.server.url);
    await api('/api/settings/review', { membersSuggestOnlyInReview: true }, 'PUT');
    try {
      const id = await createMinutes(api);
      await api(`/api/minutes/${id}/status`, { status: 'review' });
      const helene = await personPage(api, 'Hélène De Rugy', 'Amicale du Nid', 'member');
      const martina = await personPage(api, 'Martina Andreeva', 'Hors la Rue', 'member');
      const heleneAccess = await helene.request.get(`${suite.server.url}/api/minutes/${id}`);
      expect(((await heleneAccess.json()) as { access: string }).access).toBe('suggest');
      const helenePanel = await openComments(helene, id);
      const martinaPanel = await openComments(martina, id);

      await selectInDocument(helene, 'état des lieux');
      const commentButton = helene.getByRole('button', { name: 'Commenter', exact: true });
      await expect.poll(() => commentButton.isEnabled()).toBe(true);
      await commentButton.click();
      await helenePanel.getByLabel('Votre commentaire').fill('Relecture : chiffres à vérifier.');
      await helenePanel.getByRole('button', { name: 'Envoyer le commentaire' }).click();

      const thread = martinaPanel.getByRole('list', { name: 'Commentaires ouverts' }).locator('.comment-thread');
      await thread.getByText('Relecture : chiffres à vérifier.').waitFor();
      await martina.locator('.document-body .comment-anchor', { hasText: 'état des lieux' }).waitFor();
      const [created] = (await api<CommentThreadsResponse>(`/api/minutes/${id}/comments`)).threads;
      await expect
        .poll(async () => JSON.stringify((await api<{ content: unknown }>(`/api/minutes/${id}`)).content))
        .toContain(`"threadId":"${created!.id}"`);
      // The anchor went through as it is, not as a proposed change.
      expect(JSON.stringify((await api<{ content: unknown }>(`/api/minutes/${id}`)).content)).not.toMatch(/"insertion"|"deletion"/);
      expect(pageErrors.flat()).toEqual([]);
    } finally {
      await api('/api/settings/review', { membersSuggestOnlyInReview: false }, 'PUT');
    }
  });
});
