/**
 * `npm run bench:search`: 300 comptes-rendus of the demo's size (the 22 November 2013
 * minutes, each copy with its own title, date and a sentence of its own), then the
 * latency of `GET /api/search` through the real app (authentication, shares, the FTS5
 * query, JSON) and of the index alone, median and p95 over a set of French queries.
 * Also the time to re-index one such document, the work the relay's SearchMirror does in
 * a pause of the typing (Q4). BENCH_SEARCH_DOCS (300) and BENCH_SEARCH_RUNS (30 per query) change the sizes.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as Y from 'yjs';
import { createMinutesSchema } from '../../shared/api/minutes';
import { writeMeta } from '../../shared/model/meta';
import { writeParticipants } from '../../shared/model/participants';
import { writeBodyContent } from '../../shared/schema/bodyContent';
import { indexedDocumentOf } from '../../server/src/search/indexDocument';
import { createSqliteSearchIndex } from '../../server/src/search/sqliteSearchIndex';
import demo from '../../server/src/demo/compte-rendu-2013-11-22.json';
import { seedMinutes } from '../../server/src/storage/seedMinutes';
import { startTestServer } from '../../server/src/testing/testServer';

const DOCUMENTS = Number(process.env.BENCH_SEARCH_DOCS ?? 300);
const RUNS = Number(process.env.BENCH_SEARCH_RUNS ?? 30);

const QUERIES = [
  'etres humains',
  '"traite des êtres humains"',
  'victime',
  'mineurs prostitution',
  'Amicale du Nid',
  'mesure',
  'hebergement d urgence',
  'budapest',
  'reunion numero 150',
  'mot introuvable',
  'a',
];

const percentile = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
const summary = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return { median: percentile(sorted, 0.5), p95: percentile(sorted, 0.95) };
};
const ms = (value: number) => `${value.toFixed(2)} ms`;

const server = await startTestServer();
try {
  const started = performance.now();
  for (let n = 0; n < DOCUMENTS; n++) {
    const day = String(1 + (n % 28)).padStart(2, '0');
    const month = String(1 + (Math.floor(n / 28) % 12)).padStart(2, '0');
    const request = createMinutesSchema.parse({
      ...demo,
      meta: { ...demo.meta, title: `Réunion du Collectif numéro ${n}`, meetingDate: `${2000 + Math.floor(n / 336)}-${month}-${day}` },
      content: { ...demo.content, content: [...demo.content.content, { type: 'paragraph', content: [{ type: 'text', text: `Réunion numéro ${n} du Collectif.` }] }] },
    });
    await seedMinutes(server.store, server.collectiveId, request);
  }
  console.log(`${DOCUMENTS} comptes-rendus created and indexed in ${((performance.now() - started) / 1000).toFixed(1)} s`);

  const allHttp: number[] = [];
  console.log('query'.padEnd(32), 'results', 'HTTP median', 'HTTP p95');
  for (const query of QUERIES) {
    const path = `/api/search?q=${encodeURIComponent(query)}`;
    let results = 0;
    for (let warm = 0; warm < 3; warm++) await (await server.api(path)).json();
    const timings: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const start = performance.now();
      const response = await server.api(path);
      const body = (await response.json()) as { results: unknown[] };
      timings.push(performance.now() - start);
      results = body.results.length;
    }
    allHttp.push(...timings);
    const { median, p95 } = summary(timings);
    console.log(query.padEnd(32), String(results).padStart(7), ms(median).padStart(11), ms(p95).padStart(9));
  }
  const all = summary(allHttp);
  console.log(`all queries: median ${ms(all.median)}, p95 ${ms(all.p95)} (${allHttp.length} requests)`);
} finally {
  await server.close();
}

/** Re-indexing the demo document, as SearchMirror does it: passages read from a Y.Doc, then written. */
async function reindexTimings(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'minutier-bench-search-'));
  const index = createSqliteSearchIndex(join(dir, 'index.sqlite'));
  const request = createMinutesSchema.parse(demo);
  const doc = new Y.Doc();
  writeMeta(doc, request.meta);
  writeParticipants(doc, (request.participants ?? []).map((p, n) => ({ ...p, id: p.id ?? `p${n}` })));
  writeBodyContent(doc, request.content);
  const state = Y.encodeStateAsUpdate(doc);
  const record = { id: 'demo', collectiveId: 'collectif', title: '', meetingDate: null, createdAt: '', updatedAt: '', status: 'draft' as const, validation: null };
  const timings: number[] = [];
  try {
    for (let run = 0; run < RUNS + 3; run++) {
      const start = performance.now();
      const copy = new Y.Doc({ gc: false });
      Y.applyUpdate(copy, state);
      await index.index(indexedDocumentOf(record as Parameters<typeof indexedDocumentOf>[0], copy));
      copy.destroy();
      if (run >= 3) timings.push(performance.now() - start);
    }
    const { median, p95 } = summary(timings);
    console.log(`re-indexing one demo-size document (in a pause of the typing): median ${ms(median)}, p95 ${ms(p95)}`);
  } finally {
    await index.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

await reindexTimings();
