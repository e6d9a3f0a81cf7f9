import { afterEach, describe, expect, it } from 'vitest';
import { longMinutes } from '../../../bench/export/longMinutes';
import type { ActionItemsResponse } from '../../../shared/api/actionItems';
import type { MinutesDocument } from '../../../shared/api/minutes';
import type { SearchResponse } from '../../../shared/api/search';
import { renderMarkdown } from '../../../shared/export/renderMarkdown';
import type { ImportReport } from '../../../shared/import/importReport';
import { pollLatency, watchEventLoop } from '../testing/eventLoopBlocking';
import { IMPORT_QUEUE_LIMIT } from './importRoutes';
import { type TestServer, startTestServer } from '../testing/testServer';

/** About 100 pages (270 KB of Markdown): before issue 21 its import held the event loop up to ~520 ms. */
const LONG_COPIES = 26;
/** No request may wait longer than this on the event loop while the file is imported. */
const BOUND_MS = 100;
/** A word found nowhere else, in the file's last paragraph: the whole text reached the search index. */
const LAST_WORD = 'zygopétale';

type Block = { type?: string; content?: Block[] };
const blocksOf = (node: Block): Block[] => [node, ...(node.content ?? []).flatMap(blocksOf)];

describe('imports read the file and index the new document off the event loop (issue 21)', () => {
  let server: TestServer | undefined;

  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  const importMarkdown = (running: TestServer, markdown: string) => {
    const form = new FormData();
    form.append('file', new Blob([markdown], { type: 'text/markdown' }), 'compte-rendu-long.md');
    return fetch(`${running.url}/api/minutes/import`, { method: 'POST', headers: { authorization: `Bearer ${running.admin.token}` }, body: form });
  };

  it('importing a 100-page Markdown file never holds the loop or /healthz 100 ms, and the document is complete and searchable', { timeout: 120_000 }, async () => {
    const running = (server = await startTestServer());
    const markdown = `${renderMarkdown(longMinutes(LONG_COPIES))}\n\nLe mot ${LAST_WORD} clôt le compte-rendu.\n`;
    // A first import loads the readers and recognisers in the worker, as on a server that has imported before.
    expect((await importMarkdown(running, markdown)).status).toBe(201);

    const loop = watchEventLoop();
    const healthz = pollLatency(`${running.url}/healthz`);
    // The pollers stop even when the import fails: left running, they would outlive the server.
    const outcome = await importMarkdown(running, markdown).then(
      (response) => ({ response }),
      (error: unknown) => ({ error }),
    );
    const polled = await healthz.stop();
    const { maxHeldMs } = loop.stop();
    if ('error' in outcome) throw outcome.error;
    const { response } = outcome;
    const figures = `loop held at most ${maxHeldMs.toFixed(1)} ms, /healthz ${polled.maxMs.toFixed(1)} ms (wall ${polled.maxWallMs.toFixed(0)} ms, ${polled.requests} requests)`;
    expect(response.status, figures).toBe(201);
    expect(maxHeldMs, figures).toBeLessThan(BOUND_MS);
    expect(polled.maxMs, figures).toBeLessThan(BOUND_MS);
    expect(polled.requests, figures).toBeGreaterThan(5);

    const { id, report } = (await response.json()) as { id: string; report: ImportReport };
    expect(report.recognised.speakerTurns).toBeGreaterThan(100);
    const stored = (await (await running.api(`/api/minutes/${id}`)).json()) as MinutesDocument;
    const speakerTurns = blocksOf(stored.content as Block).filter((node) => node.type === 'speakerTurn');
    expect(speakerTurns).toHaveLength(report.recognised.speakerTurns);
    expect(JSON.stringify(stored.content)).toContain(LAST_WORD);

    // Indexed at creation, from the indexing worker's one reading of the new document.
    const found = (await (await running.api(`/api/search?q=${encodeURIComponent(LAST_WORD)}`)).json()) as SearchResponse;
    expect(found.results.map((result) => result.documentId)).toContain(id);
    const items = (await (await running.api('/api/action-items')).json()) as ActionItemsResponse;
    expect(items.items.filter((item) => item.documentId === id).length).toBeGreaterThan(0);
  });

  it('a flood of uploads waits in a short line: past the limit, 503 with Retry-After and a French message; the server stays up', { timeout: 120_000 }, async () => {
    const running = (server = await startTestServer());
    const markdown = renderMarkdown(longMinutes(4));
    const answers = await Promise.all(Array.from({ length: IMPORT_QUEUE_LIMIT * 3 }, () => importMarkdown(running, markdown)));
    const statuses = answers.map((answer) => answer.status);
    const busy = answers.filter((answer) => answer.status === 503);
    expect(busy.length, statuses.join(',')).toBeGreaterThan(0);
    expect(statuses.every((status) => status === 201 || status === 503), statuses.join(',')).toBe(true);
    expect(busy[0]!.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(((await busy[0]!.json()) as { message: string }).message).toMatch(/Réessayez dans quelques secondes/);
    // Once the line has emptied, an import goes through again.
    expect((await importMarkdown(running, markdown)).status).toBe(201);
    expect((await fetch(`${running.url}/healthz`)).status).toBe(200);
  });
});
