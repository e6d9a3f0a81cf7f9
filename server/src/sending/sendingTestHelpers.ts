import type { TestServer } from '../testing/testServer';

/** A compte-rendu with a meeting date and a paragraph, put in review then validated by the coordination. */
export async function validatedMinutes(server: TestServer, title: string, meetingDate = '2014-03-03'): Promise<string> {
  const created = await server.api('/api/minutes', {
    body: {
      meta: { title, meetingDate },
      content: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Un état des lieux est nécessaire.' }] }] },
    },
  });
  if (created.status !== 201) throw new Error(`create failed: ${created.status} ${await created.text()}`);
  const { id } = (await created.json()) as { id: string };
  await validate(server, id);
  return id;
}

/** Review, then validation as the admin (the coordination). */
export async function validate(server: TestServer, id: string): Promise<void> {
  const review = await server.api(`/api/minutes/${id}/status`, { body: { status: 'review' } });
  if (review.status !== 200) throw new Error(`review failed: ${review.status} ${await review.text()}`);
  const validated = await server.api(`/api/minutes/${id}/validate`, { body: { meetingDate: '2014-03-17' } });
  if (validated.status !== 201) throw new Error(`validation failed: ${validated.status} ${await validated.text()}`);
}
