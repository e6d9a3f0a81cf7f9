import { monitorEventLoopDelay } from 'node:perf_hooks';
import { afterEach, describe, expect, it } from 'vitest';
import { longMinutes } from '../../../bench/export/longMinutes';
import type { ExportProgress } from '../../../shared/export/exportProgress';
import { sampleMinutes } from '../../../shared/export/testing/sampleMinutes';
import { EXPORT_QUEUE_LIMIT, EXPORT_RETRY_AFTER_SECONDS } from '../export/exportQueue';
import type { PdfPrinter } from '../export/renderPdf';
import { eventually } from '../testing/collabClient';
import { pollLatency, watchEventLoop } from '../testing/eventLoopBlocking';
import { type TestServer, startTestServer } from '../testing/testServer';

/** Before E1, one export of this document held the event loop 0.43–0.49 s, four at once 1.8–2.1 s. */
const LONG_COPIES = 26;
/** No request may wait longer than this on the event loop while exports render. */
const BOUND_MS = 100;

/** A printer whose prints wait until the test lets them go: exports stay in the line meanwhile. */
function heldPrinter() {
  const held: Array<() => void> = [];
  const printer: PdfPrinter = {
    available: () => true,
    print: () => new Promise<Uint8Array>((resolve) => held.push(() => resolve(new TextEncoder().encode('%PDF-1.7 tenu')))),
    close: async () => {},
  };
  return { printer, held, release: () => held.splice(0).forEach((print) => print()) };
}

/**
 * The event loop while `load` runs, three ways: the longest it was held (its thread's CPU
 * time over each 1 ms timer gap: a loaded two-core machine that sets the thread aside does
 * not count), the longest `/healthz` round trip counted alike, and monitorEventLoopDelay's
 * maximum (wall clock: it counts that waiting too, so it is reported, not bounded).
 */
async function measureLoop(server: TestServer, load: () => Promise<void>) {
  const delay = monitorEventLoopDelay({ resolution: 5 });
  delay.enable();
  // The monitor leaves out its first interval: a block right after enable() would go unseen.
  await eventually(() => expect(delay.count).toBeGreaterThan(0));
  const loop = watchEventLoop();
  const healthz = pollLatency(`${server.url}/healthz`);
  // The pollers stop even when the load fails: left running, they would outlive the server.
  const failure = await load().then(
    () => undefined,
    (error: unknown) => error,
  );
  const polled = await healthz.stop();
  const { maxHeldMs } = loop.stop();
  if (failure) throw failure;
  // The loop's last gap is recorded by the monitor's next tick.
  const ticks = delay.count;
  await eventually(() => expect(delay.count).toBeGreaterThan(ticks));
  delay.disable();
  const figures = `loop held at most ${maxHeldMs.toFixed(1)} ms, /healthz ${polled.maxMs.toFixed(1)} ms (wall ${polled.maxWallMs.toFixed(0)} ms, ${polled.requests} requests), monitorEventLoopDelay max ${(delay.max / 1e6).toFixed(0)} ms`;
  return { maxHeldMs, healthzMs: polled.maxMs, requests: polled.requests, figures };
}

describe('E1: exports render off the event loop, a bounded number at a time', () => {
  let server: TestServer | undefined;

  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  const create = async (running: TestServer, minutes: { meta: object; participants: object[]; content: object }) => {
    const created = await running.api('/api/minutes', { body: { meta: minutes.meta, participants: minutes.participants, content: minutes.content } });
    expect(created.status).toBe(201);
    return ((await created.json()) as { id: string }).id;
  };

  it('E1: while one, then four, large DOCX exports render, the event loop and /healthz wait far less than 100 ms', { timeout: 120_000 }, async () => {
    const running = (server = await startTestServer());
    const id = await create(running, longMinutes(LONG_COPIES));
    const exportDocx = async () => {
      const response = await running.api(`/api/minutes/${id}/export?format=docx&profile=internal`);
      expect(response.status).toBe(200);
      const bytes = Buffer.from(await response.arrayBuffer());
      expect(bytes.subarray(0, 4).toString('latin1')).toBe('PK\u0003\u0004');
      expect(bytes.byteLength).toBeGreaterThan(50_000);
    };

    for (const concurrent of [1, 4]) {
      const measured = await measureLoop(running, () => Promise.all(Array.from({ length: concurrent }, exportDocx)).then(() => undefined));
      const figures = `${concurrent} export(s): ${measured.figures}`;
      expect(measured.maxHeldMs, figures).toBeLessThan(BOUND_MS);
      expect(measured.healthzMs, figures).toBeLessThan(BOUND_MS);
      // The server answered all along, not once the exports were over.
      expect(measured.requests, figures).toBeGreaterThan(5);
    }
  });

  it('E1: a full line answers 503 with Retry-After and a French message, tells each export its place, and serves again once it empties', { timeout: 60_000 }, async () => {
    const pdf = heldPrinter();
    const running = (server = await startTestServer({ pdf: pdf.printer }));
    const id = await create(running, sampleMinutes());
    const exportOf = (query: string) => running.api(`/api/minutes/${id}/export?${query}`);
    const progressOf = async (ticket: string) =>
      ((await (await running.api(`/api/minutes/${id}/export/progress?ticket=${ticket}`)).json()) as ExportProgress).ahead;

    const tickets = Array.from({ length: EXPORT_QUEUE_LIMIT }, (_, index) => `ticket-${index}-abcdef`);
    const waiting = tickets.map((ticket) => exportOf(`format=pdf&ticket=${ticket}`));
    await eventually(() => expect(pdf.held).toHaveLength(EXPORT_QUEUE_LIMIT), 30_000);

    expect(await progressOf(tickets[0] ?? '')).toBe(0);
    expect(await progressOf(tickets[3] ?? '')).toBe(3);
    expect(await progressOf('inconnu-12345')).toBeNull();
    expect((await running.api(`/api/minutes/${id}/export/progress?ticket=x`)).status).toBe(400);

    const refused = await exportOf('format=md');
    expect(refused.status).toBe(503);
    expect(refused.headers.get('retry-after')).toBe(String(EXPORT_RETRY_AFTER_SECONDS));
    expect(await refused.json()).toEqual({
      error: 'export_busy',
      message: `Le serveur prépare déjà ${EXPORT_QUEUE_LIMIT} exports à la fois. Réessayez dans quelques secondes.`,
    });

    pdf.release();
    for (const response of await Promise.all(waiting)) {
      expect(response.status).toBe(200);
      expect(Buffer.from(await response.arrayBuffer()).toString('latin1')).toBe('%PDF-1.7 tenu');
    }
    expect(await progressOf(tickets[0] ?? '')).toBeNull();
    const markdown = await exportOf('format=md');
    expect(markdown.status).toBe(200);
    expect(await markdown.text()).toContain('**Mouvement du Nid** (Pierre Albert)');
    expect((await exportOf('format=docx')).status).toBe(200);
    const audit = (await (await running.api('/api/audit')).json()) as { entries: Array<{ action: string }> };
    // The refused export is not an export: only the ten served ones are in the audit log.
    expect(audit.entries.filter((entry) => entry.action === 'document.exported')).toHaveLength(EXPORT_QUEUE_LIMIT + 2);
  });
});
