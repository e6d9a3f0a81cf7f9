import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { defaultExportSettings } from '../../../shared/export/exportSettings';
import { sampleMinutes } from '../../../shared/export/testing/sampleMinutes';
import { writeMeta } from '../../../shared/model/meta';
import { newModelDoc } from '../../../shared/model/modelRoots';
import { writeBodyContent } from '../../../shared/schema/bodyContent';
import type { ExportJob } from './exportJob';
import { createExportPool } from './exportPool';

/** A job as the export route makes one, for the sample compte-rendu stored in one update. */
function jobOf(format: ExportJob['format'], state: Uint8Array | null): ExportJob {
  return { format, state, updates: [], plans: [], createdOn: '2013-11-26', profile: 'internal', drops: defaultExportSettings().profiles.internal };
}

/** The export worker processes this test process started (Linux's /proc). */
const workerProcesses = (): number[] =>
  readdirSync('/proc/self/task')
    .flatMap((tid) => readFileSync(`/proc/self/task/${tid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number))
    .filter((pid) => existsSync(`/proc/${pid}/cmdline`) && readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('exportWorker.ts'));

function sampleState(): Uint8Array {
  const doc = newModelDoc();
  const { meta, content } = sampleMinutes();
  writeMeta(doc, meta);
  writeBodyContent(doc, content);
  return Y.encodeStateAsUpdate(doc);
}

describe('export worker pool', () => {
  const pool = createExportPool(1);
  afterAll(() => pool.close());

  it('renders each format in a worker process: the text formats and the HTML page of a PDF as UTF-8 bytes', async () => {
    const state = sampleState();
    const [markdown, page, docx] = await Promise.all([
      pool.render(jobOf('md', state)),
      pool.render(jobOf('pdf', state)),
      pool.render(jobOf('docx', state)),
    ]);
    expect(markdown).toMatchObject({ ok: true, meta: { title: sampleMinutes().meta.title } });
    const text = (reply: typeof page) => (reply.ok ? Buffer.from(reply.file).toString('utf8') : '');
    expect(text(markdown)).toContain('# ');
    expect(text(page).startsWith('<!DOCTYPE html>')).toBe(true);
    expect(docx.ok && docx.file instanceof Uint8Array && Buffer.from(docx.file.subarray(0, 2)).toString('latin1')).toBe('PK');
  });

  it('answers « unreadable » for stored bytes that do not load, and the worker goes on with the next job', async () => {
    const broken = await pool.render(jobOf('md', new Uint8Array([1, 2, 3, 4, 5])));
    expect(broken).toMatchObject({ ok: false, reason: 'unreadable' });
    expect((await pool.render(jobOf('html', sampleState()))).ok).toBe(true);
  });

  it.runIf(existsSync('/proc/self/task'))('fails the job of a worker process that dies (killed, out of memory), and the next job gets a new process', async () => {
    expect((await pool.render(jobOf('md', sampleState()))).ok).toBe(true);
    const [worker] = workerProcesses();
    expect(worker).toBeDefined();
    const inFlight = pool.render(jobOf('docx', sampleState()));
    process.kill(worker as number, 'SIGKILL');
    expect(await inFlight).toMatchObject({ ok: false, reason: 'failed' });
    const next = await pool.render(jobOf('docx', sampleState()));
    expect(next.ok).toBe(true);
    expect(workerProcesses()).not.toContain(worker);
  });
});
