import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { eventually } from './testing/collabClient';
import { type ServerProcess, startServerProcess } from './testing/serverProcess';
import { signIn } from './testing/signIn';

describe('first start', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'minutier-first-start-'));
  let server: ServerProcess | undefined;
  afterEach(async () => {
    await server?.kill();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('without an admin configured, prints a one-time setup link that creates the coordination account', async () => {
    server = await startServerProcess({ DATA_DIR: dataDir, DEMO_CONTENT: 'true' });
    let secret = '';
    await eventually(() => {
      const link = /https?:\/\/\S+\/premiere-connexion\/([A-Za-z0-9_-]+)/.exec(server!.output());
      expect(link).not.toBeNull();
      secret = link![1]!;
    });
    const preview = (await (await fetch(`${server.url}/api/setup/${secret}`)).json()) as { collective: { name: string } };
    expect(preview.collective.name).toBe('Ensemble contre la traite des êtres humains');

    const setup = (body: unknown) =>
      fetch(`${server!.url}/api/setup/${secret}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    const created = await setup({
      collectiveName: 'Collectif « Ensemble contre la traite des êtres humains »',
      name: 'Geneviève Colas',
      email: 'coordination@collectif.org',
      password: 'un mot de passe solide',
    });
    expect(created.status).toBe(201);
    expect((await setup({ name: 'Intrus', email: 'intrus@exemple.org', password: 'un mot de passe solide' })).status).toBe(409);

    const session = await signIn(server.url, 'coordination@collectif.org', 'un mot de passe solide');
    const list = (await (await session.fetch('/api/minutes')).json()) as { minutes: Array<{ meta: { title: string }; status: string }> };
    // The demo series (M10): the validated minutes of 22 November 2013 and the draft prepared from them.
    expect(list.minutes.map((m) => [m.meta.title, m.status]).sort()).toEqual([
      ['Compte-rendu de la réunion du 22 novembre 2013', 'validated'],
      ['Compte-rendu de la réunion du 31 janvier 2014', 'draft'],
    ]);
    const me = (await (await session.fetch('/api/me')).json()) as { collective: { name: string } };
    expect(me.collective.name).toBe('Collectif « Ensemble contre la traite des êtres humains »');
    const associations = (await (await session.fetch('/api/associations')).json()) as { associations: Array<{ name: string }> };
    expect(associations.associations.map((a) => a.name)).toContain('Amicale du Nid');
  });
});
