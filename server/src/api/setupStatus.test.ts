import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { eventually } from '../testing/collabClient';
import { type ServerProcess, startServerProcess } from '../testing/serverProcess';

describe('first start, as the browser sees it (A16)', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'minutier-setup-status-'));
  let server: ServerProcess | undefined;
  afterEach(async () => {
    await server?.kill();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('A16: says only whether the first account is pending; once it exists, every setup link advises signing in', async () => {
    server = await startServerProcess({ DATA_DIR: dataDir });
    let secret = '';
    await eventually(() => {
      const link = /\/premiere-connexion\/([A-Za-z0-9_-]+)/.exec(server!.output());
      expect(link).not.toBeNull();
      secret = link![1]!;
    });
    const status = async () => {
      const response = await fetch(`${server!.url}/api/setup`);
      expect(response.status).toBe(200);
      return response.json();
    };
    const preview = (path: string) => fetch(`${server!.url}/api/setup/${path}`);
    expect(await status()).toEqual({ pending: true });
    // Before the first account, a mistyped link is simply invalid.
    expect((await preview('AAAAAAAAAAAAAAAAAAAAAAAA')).status).toBe(404);

    const created = await fetch(`${server.url}/api/setup/${secret}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Geneviève Colas', email: 'coordination@collectif.org', password: 'un mot de passe solide' }),
    });
    expect(created.status).toBe(201);
    expect(await status()).toEqual({ pending: false });

    for (const path of [secret, 'AAAAAAAAAAAAAAAAAAAAAAAA']) {
      const used = await preview(path);
      expect(used.status).toBe(409);
      expect(await used.json()).toEqual({
        error: 'already_set_up',
        message:
          'Ce lien a déjà servi : Minutier a déjà un compte de coordination. Connectez-vous avec son adresse e-mail et son mot de passe.',
      });
    }
  });
});
