import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OfflineBanner } from './OfflineBanner';
import { markServerUnreachable, tryServer } from './offlineMode';

const render = (pageWorksOffline: boolean) => renderToStaticMarkup(<OfflineBanner pageWorksOffline={pageWorksOffline} />);
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();

function serverAnswers(ok: boolean): void {
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => {
      if (!ok) throw new TypeError('Failed to fetch');
      return new Response('{"ok":true}', { status: 200 });
    }),
  );
}

afterEach(async () => {
  serverAnswers(true);
  await tryServer();
  vi.unstubAllGlobals();
});

describe('issue 19: the offline banner', () => {
  it('says on a compte-rendu that edits are kept on this device, in a polite live region', () => {
    markServerUnreachable();
    const html = render(true);
    expect(html).toContain('role="status"');
    expect(html).toContain('aria-live="polite"');
    expect(text(html)).toBe('Hors ligne — vos modifications sont gardées sur cet appareil');
  });

  it('says too that a page which needs the server is not available offline', () => {
    markServerUnreachable();
    expect(text(render(false))).toBe(
      'Hors ligne — vos modifications sont gardées sur cet appareil Cette page n’est pas disponible hors ligne',
    );
  });

  it('stays while the server is unreachable and is gone once it answers again, its live region kept', async () => {
    markServerUnreachable();
    serverAnswers(false);
    await tryServer();
    expect(text(render(false))).toContain('Hors ligne');
    serverAnswers(true);
    await tryServer();
    const html = render(false);
    expect(text(html)).toBe('');
    expect(html).toContain('role="status"');
  });
});
