import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { frenchLongDate } from '../../../shared/export/frenchDate';
import { metaMap } from '../../../shared/model/meta';
import demoMinutes from '../demo/compte-rendu-2013-11-22.json';
import { connectClient, eventually, synced } from '../testing/collabClient';
import { type TestServer, startTestServer } from '../testing/testServer';

const NBSP = /[\u00a0\u202f]/g;

describe('« Paris, le … »: the day the minutes were written', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  const create = async (body: unknown) => {
    const response = await server.api('/api/minutes', { body });
    expect(response.status).toBe(201);
    return ((await response.json()) as { id: string }).id;
  };
  const exported = async (id: string, format: 'html' | 'md') => {
    const response = await server.api(`/api/minutes/${id}/export?format=${format}&profile=internal`);
    expect(response.status).toBe(200);
    return (await response.text()).replace(NBSP, ' ');
  };

  it('M6, E4: the demo prints « Paris, le 26 novembre 2013 », its writing date, in every format tried, also after an edit today', async () => {
    const id = await create(demoMinutes);
    const editor = connectClient(server.collabUrl, id, server.admin.token);
    try {
      await synced(editor);
      editor.type(' Relu.');
      await eventually(async () => expect(await exported(id, 'md')).toContain('Relu.'));
    } finally {
      editor.destroy();
    }
    for (const format of ['html', 'md'] as const) expect(await exported(id, format), format).toContain('Paris, le 26 novembre 2013');
  });

  it('M6: follows the writing date set in the header', async () => {
    const id = await create(demoMinutes);
    const editor = connectClient(server.collabUrl, id, server.admin.token);
    try {
      await synced(editor);
      metaMap(editor.doc).set('writtenOn', '2013-12-02');
      await eventually(async () => expect(await exported(id, 'md')).toContain('Paris, le 2 décembre 2013'));
    } finally {
      editor.destroy();
    }
  });

  it('M6: without a writing date, falls back on the meeting date, then on the day the compte-rendu was created', async () => {
    const { writtenOn: _writtenOn, ...meta } = demoMinutes.meta;
    const meeting = await create({ meta, participants: demoMinutes.participants, content: demoMinutes.content });
    expect(await exported(meeting, 'md')).toContain('Paris, le 22 novembre 2013');

    const bare = await create({ meta: { title: 'Réunion', place: 'Lyon' } });
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date());
    expect(await exported(bare, 'md')).toContain(`Lyon, le ${frenchLongDate(today)}`);
  });
});
