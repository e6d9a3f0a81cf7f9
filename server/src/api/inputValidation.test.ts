import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MinutesDocument } from '../../../shared/api/minutes';
import demoMinutes from '../demo/compte-rendu-2013-11-22.json';
import { type TestServer, startTestServer } from '../testing/testServer';
import { JSON_BODY_MAX_BYTES, MINUTES_BODY_MAX_BYTES } from './jsonBodyLimits';

/** Words of zod's English messages: none may reach the UI. */
const ENGLISH = /\b(Expected|expected|Invalid|invalid|Required|required|received|must|Too (big|small)|Unrecognized|characters)\b/;

/** A year of minutes: twelve monthly meetings, each `length` times as long as the demo of 22 November 2013. */
function yearOfMinutes(length: number): typeof demoMinutes {
  const blocks = Array.from({ length: 12 * length }, () => demoMinutes.content.content).flat();
  return { ...demoMinutes, content: { ...demoMinutes.content, content: blocks } };
}

describe('input validation at the API (A2)', () => {
  let server: TestServer;
  let id: string;

  beforeAll(async () => {
    server = await startTestServer();
    const created = await server.api('/api/minutes', { body: { meta: { title: 'Réunion du Collectif' } } });
    id = ((await created.json()) as { id: string }).id;
  });
  afterAll(() => server.close());

  const refusal = async (path: string, body: unknown, method = 'POST') => {
    const response = await server.api(path, { body, method });
    const answer = (await response.json()) as { error: string; message: string };
    return { status: response.status, ...answer };
  };
  const sendRaw = (path: string, text: string) =>
    fetch(`${server.url}${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${server.admin.token}`, 'content-type': 'application/json' },
      body: text,
    });

  it('A2: a title, a name or a participant with a control character is refused with a French message, and nothing is created', async () => {
    const before = (await server.store.list(server.collectiveId)).length;
    const cases: Array<[unknown, RegExp]> = [
      [{ meta: { title: 'Réunion\u0007 du Collectif' } }, /^Champ «\u00A0titre\u00A0» invalide : pas de caractère de contrôle/],
      [{ meta: { title: 'Réunion', author: 'Sarah\tBerthelot' } }, /^Champ «\u00A0auteur\u00A0» invalide : pas de caractère de contrôle/],
      [
        { meta: { title: 'Réunion' }, participants: [{ organisation: 'Amicale\u0000 du Nid', people: [], attendance: 'present' }] },
        /^Champ «\u00A0organisation \(n° 1\)\u00A0» invalide : pas de caractère de contrôle/,
      ],
      [
        { meta: { title: 'Réunion' }, participants: [{ organisation: 'Amicale du Nid', people: ['Hélène\u001bDe Rugy'], attendance: 'present' }] },
        /^Champ «\u00A0personnes \(n° 1\)\u00A0» invalide : pas de caractère de contrôle/,
      ],
    ];
    for (const [body, message] of cases) {
      const answer = await refusal('/api/minutes', body);
      expect(answer, JSON.stringify(body)).toMatchObject({ status: 400, error: 'invalid_body' });
      expect(answer.message).toMatch(message);
    }
    expect(await refusal('/api/associations', { name: 'Hors\nla Rue' })).toMatchObject({
      status: 400,
      message: expect.stringMatching(/^Champ «\u00A0nom\u00A0» invalide : pas de caractère de contrôle/),
    });
    expect(await refusal('/api/tokens', { name: 'export\u0007' })).toMatchObject({ status: 400 });
    expect((await server.store.list(server.collectiveId)).length).toBe(before);
  });

  it('A2: an impossible date, a two-digit year (0026) or a date out of range is refused, in the header and at validation', async () => {
    expect(await refusal('/api/minutes', { meta: { title: 'Réunion', meetingDate: '2014-13-45' } })).toMatchObject({
      status: 400,
      message: 'Champ «\u00A0date de la réunion\u00A0» invalide : le 2014-13-45 n’existe pas.',
    });
    expect((await refusal('/api/minutes', { meta: { title: 'Réunion', writtenOn: '0026-12-12' } })).message).toMatch(
      /^Champ «\u00A0date de rédaction\u00A0» invalide : année 26 improbable : la date doit être en 1990 ou après/,
    );
    expect((await refusal('/api/minutes', { meta: { title: 'Réunion', meetingDate: '1989-12-31' } })).status).toBe(400);
    expect((await refusal('/api/minutes', { meta: { title: 'Réunion', meetingDate: '2999-01-01' } })).status).toBe(400);
    expect(await refusal(`/api/minutes/${id}/validate`, { meetingDate: '2014-02-30' })).toMatchObject({
      status: 400,
      message: 'Champ «\u00A0date de la réunion\u00A0» invalide : le 2014-02-30 n’existe pas.',
    });
  });

  it('A2: a measure number that is not a positive integer is refused; a javascript: link keeps its words only', async () => {
    const withMeasure = (number: unknown) => ({
      meta: { title: 'Réunion' },
      content: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'measureRef', attrs: { plan: 'pan-teh-2014-2016', number, item: '' } }] }] },
    });
    for (const number of ['abc', 0, -1, 2.5, null]) {
      expect(await refusal('/api/minutes', withMeasure(number)), String(number)).toMatchObject({
        status: 400,
        message: 'Champ «\u00A0contenu\u00A0» invalide : le numéro de mesure doit être un nombre entier de 1 à 10 000.',
      });
    }
    const link = (href: string, text: string) => ({ type: 'text', text, marks: [{ type: 'link', attrs: { href } }] });
    const created = await server.api('/api/minutes', {
      body: {
        meta: { title: 'Liens' },
        content: { type: 'doc', content: [{ type: 'paragraph', content: [link('javascript:alert(1)', 'piège'), link('https://exemple.org', ' site')] }] },
      },
    });
    expect(created.status).toBe(201);
    const stored = (await (await server.api(`/api/minutes/${((await created.json()) as { id: string }).id}`)).json()) as MinutesDocument;
    expect(JSON.stringify(stored.content)).not.toContain('javascript');
    expect(JSON.stringify(stored.content)).toContain('"text":"piège"');
    expect(JSON.stringify(stored.content)).toContain('https://exemple.org');
  });

  it('A2: a zod failure on any route says what is wrong in French, without a word of zod’s English', async () => {
    const failures = [
      await refusal('/api/minutes', { meta: {} }),
      await refusal('/api/minutes', { meta: { title: 42 } }),
      await refusal('/api/minutes', { meta: { title: 'Réunion' }, participants: [{ organisation: 'X', people: 'Y', attendance: 'ici' }] }),
      await refusal('/api/minutes', { meta: { title: 'Réunion' }, content: { type: 'paragraph' } }),
      await refusal(`/api/minutes/${id}/status`, { status: 'validated' }),
      await refusal(`/api/minutes/${id}/versions`, { label: ['liste'] }),
      await refusal('/api/tokens', {}),
      await refusal('/api/settings/review', { membersSuggestOnlyInReview: 'oui', autre: 1 }, 'PUT'),
      await refusal('/api/associations', { name: 'x'.repeat(201) }),
    ];
    for (const failure of failures) {
      expect(failure.status, failure.message).toBe(400);
      expect(failure.message).toMatch(/^Champ «\u00A0[^»]+\u00A0» invalide : .+\.$/);
      expect(failure.message).not.toMatch(ENGLISH);
    }
    expect(failures.map((failure) => failure.message).slice(0, 2)).toEqual([
      'Champ «\u00A0titre\u00A0» invalide : champ obligatoire.',
      'Champ «\u00A0titre\u00A0» invalide : valeur attendue : un texte.',
    ]);
  });

  it('A2: a year of minutes, and a compte-rendu of more than 1.5 MB, are created; beyond 4 Mo, or 1 Mo elsewhere, a 413 says the limit in French', async () => {
    // The figures of MINUTES_BODY_MAX_BYTES: 0.71 MB compact, 1.10 MB indented.
    const year = JSON.stringify(yearOfMinutes(4), null, 2);
    expect(Buffer.byteLength(year)).toBeGreaterThan(1_100_000);
    expect((await sendRaw('/api/minutes', year)).status).toBe(201);
    const longer = JSON.stringify(yearOfMinutes(6), null, 2);
    expect(Buffer.byteLength(longer)).toBeGreaterThan(1.5 * 1024 * 1024);
    expect((await sendRaw('/api/minutes', longer)).status).toBe(201);

    const huge = await sendRaw('/api/minutes', JSON.stringify({ meta: { title: 'Trop' }, padding: 'x'.repeat(MINUTES_BODY_MAX_BYTES) }));
    expect(huge.status).toBe(413);
    expect(await huge.json()).toEqual({ error: 'body_too_large', message: 'Compte-rendu trop volumineux : au plus 4 Mo sont acceptés.' });
    const comment = await sendRaw(`/api/minutes/${id}/comments`, JSON.stringify({ quote: '', body: 'x'.repeat(JSON_BODY_MAX_BYTES) }));
    expect(comment.status).toBe(413);
    expect(((await comment.json()) as { message: string }).message).toBe('Corps de requête trop volumineux : au plus 1 Mo sont acceptés.');
  }, 30_000);
});
