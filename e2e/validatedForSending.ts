import { expect } from 'vitest';
import { signInViaApi } from './api';

/** The compte-rendu the sending and cover-letter tests send. */
export const SENT_MINUTES_TITLE = 'Réunion du Collectif du 3 mars 2014';

/** A compte-rendu of 3 March 2014, put in review and validated by the coordination on 17 March. */
export async function validatedForSending(baseUrl: string): Promise<string> {
  const admin = await signInViaApi(baseUrl);
  const created = await admin.fetch('/api/minutes', {
    method: 'POST',
    body: JSON.stringify({
      meta: { title: SENT_MINUTES_TITLE, meetingDate: '2014-03-03' },
      content: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Un état des lieux est nécessaire.' }] }] },
    }),
  });
  expect(created.status).toBe(201);
  const { id } = (await created.json()) as { id: string };
  expect((await admin.fetch(`/api/minutes/${id}/status`, { method: 'POST', body: JSON.stringify({ status: 'review' }) })).status).toBe(200);
  expect((await admin.fetch(`/api/minutes/${id}/validate`, { method: 'POST', body: JSON.stringify({ meetingDate: '2014-03-17' }) })).status).toBe(201);
  return id;
}
