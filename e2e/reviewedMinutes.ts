import type { Page } from 'playwright-core';
import { openContext } from './browser';
import type { BrowserSuite } from './browserSuite';
import type { ScriptedAdmin } from './scriptedAdmin';

const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const turn = (id: string, organisation: string, text: string) => ({
  type: 'speakerTurn',
  attrs: { id, organisation, person: '', role: '' },
  content: [paragraph(text)],
});

/** A compte-rendu of a meeting where Hors la Rue and Amicale du Nid were present and spoke: what the review tests approve. */
export async function createReviewedMinutes(api: ScriptedAdmin, title: string): Promise<string> {
  const created = await api<{ id: string }>('/api/minutes', {
    meta: { title, meetingDate: '2013-11-22' },
    participants: [
      { organisation: 'Hors la Rue', people: ['Martina Andreeva'], attendance: 'present' },
      { organisation: 'Amicale du Nid', people: ['Hélène De Rugy'], attendance: 'present' },
    ],
    content: {
      type: 'doc',
      content: [
        turn('t1', 'Hors la Rue', 'Le projet Resiland débute.'),
        turn('t2', 'Amicale du Nid', 'Un état des lieux est nécessaire.'),
      ],
    },
  });
  return created.id;
}

/** The coordination's browser, and opening the reviewed compte-rendu in any signed-in page. */
export function reviewedMinutesPages(suite: BrowserSuite, pageErrors: string[][]) {
  return {
    async coordinationContext() {
      const { context, page, errors } = await openContext(suite.browser, suite.server.url);
      suite.contexts.push(context);
      pageErrors.push(errors);
      return { page, name: 'Coordination du Collectif' };
    },

    /** Opens the compte-rendu and waits for its text. */
    async openEditor({ page }: { page: Page }, id: string) {
      await page.goto(`${suite.server.url}/cr/${id}`);
      await page.locator('.document-body', { hasText: 'Un état des lieux est nécessaire.' }).waitFor();
    },
  };
}
