import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { createExportPool } from './exportPool';
import { createPdfPrinter } from './renderPdf';

const SCHED_IDLE = 5;

/** Nice value and scheduling policy of one thread or process (proc(5): stat fields 19 and 41). */
function schedulingOf(path: string): { nice: number; policy: number } {
  const stat = readFileSync(`${path}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return { nice: Number(fields[16]), policy: Number(fields[38]) };
}

/** The ids of this process's threads that run at nice 19 and SCHED_IDLE. */
const loweredThreads = (): Set<string> =>
  new Set(readdirSync('/proc/self/task').filter((tid) => {
    const { nice, policy } = schedulingOf(`/proc/self/task/${tid}`);
    return nice === 19 && policy === SCHED_IDLE;
  }));

/** This process's children whose command is Chromium. */
const chromiumChildren = (): number[] =>
  readdirSync('/proc/self/task')
    .flatMap((tid) => readFileSync(`/proc/self/task/${tid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean))
    .map(Number)
    .filter((pid) => readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('chromium'));

describe.runIf(existsSync('/proc/thread-self'))('E1: export work runs at the lowest priority', () => {
  const pool = createExportPool(1);
  const printer = createPdfPrinter();
  afterAll(async () => {
    await printer.close();
    await pool.close();
  });

  it('E1: an export worker thread runs at nice 19 and SCHED_IDLE, the event loop keeps its priority', async () => {
    const before = loweredThreads();
    const main = schedulingOf('/proc/self/task/' + process.pid);
    const reply = await pool.render({ kind: 'actionItems', format: 'odt', items: [], collective: 'Collectif', today: '2026-12-07' });
    expect(reply.ok).toBe(true);
    expect([...loweredThreads()].filter((tid) => !before.has(tid)).length).toBeGreaterThan(0);
    expect(schedulingOf('/proc/self/task/' + process.pid)).toEqual(main);
  });

  it('E1: Chromium runs SCHED_IDLE, in a session (autogroup) at nice 19', { timeout: 60_000 }, async () => {
    const pdf = await printer.print('<!DOCTYPE html><html><head><title>Essai</title></head><body><p>Essai</p></body></html>');
    expect(Buffer.from(pdf.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    const chromium = chromiumChildren();
    expect(chromium.length).toBeGreaterThan(0);
    for (const pid of chromium) {
      expect(schedulingOf(`/proc/${pid}`).policy).toBe(SCHED_IDLE);
      if (existsSync(`/proc/${pid}/autogroup`)) expect(readFileSync(`/proc/${pid}/autogroup`, 'utf8')).toMatch(/ nice 19$/m);
    }
  });
});
