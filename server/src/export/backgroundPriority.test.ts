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

/** Every process started from `pid`, at any depth. */
function descendants(pid: number): number[] {
  const children = readdirSync(`/proc/${pid}/task`).flatMap((tid) => {
    try {
      return readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
    } catch {
      return [];
    }
  });
  return children.flatMap((child) => [child, ...descendants(child)]);
}

const commandOf = (pid: number): string => readFileSync(`/proc/${pid}/cmdline`, 'utf8');

/** Our background processes (Node running a module of ours) among this process's descendants. */
const backgroundProcesses = (module: string): number[] =>
  descendants(process.pid).filter((pid) => commandOf(pid).startsWith(process.execPath) && commandOf(pid).includes(module));

const chromiumProcesses = (): number[] => descendants(process.pid).filter((pid) => commandOf(pid).includes('chromium'));

/** Every thread of `pid` runs at nice 19 and SCHED_IDLE. */
function expectAllThreadsLowered(pid: number): void {
  const threads = readdirSync(`/proc/${pid}/task`);
  expect(threads.length).toBeGreaterThan(1);
  for (const tid of threads) expect(schedulingOf(`/proc/${pid}/task/${tid}`)).toEqual({ nice: 19, policy: SCHED_IDLE });
}

describe.runIf(existsSync('/proc/thread-self'))('E1: export work runs at the lowest priority', () => {
  const pool = createExportPool(1);
  const printer = createPdfPrinter();
  afterAll(async () => {
    await printer.close();
    await pool.close();
  });

  it('E1: an export worker is a process whose every thread (V8 helpers included) runs at nice 19 and SCHED_IDLE; the server keeps its priority', async () => {
    const server = readdirSync('/proc/self/task').map((tid) => schedulingOf(`/proc/self/task/${tid}`));
    const reply = await pool.render({ kind: 'actionItems', format: 'odt', items: [], collective: 'Collectif', today: '2026-12-07' });
    expect(reply.ok).toBe(true);
    const workers = backgroundProcesses('exportWorker.ts');
    expect(workers).toHaveLength(1);
    expectAllThreadsLowered(workers[0] as number);
    expect(readdirSync('/proc/self/task').map((tid) => schedulingOf(`/proc/self/task/${tid}`))).toEqual(server);
  });

  it('E1: the print process and its Chromium run SCHED_IDLE, Chromium in a session (autogroup) at nice 19', { timeout: 60_000 }, async () => {
    const pdf = await printer.print('<!DOCTYPE html><html><head><title>Essai</title></head><body><p>Essai</p></body></html>');
    expect(Buffer.from(pdf.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    const printers = backgroundProcesses('pdfPrintWorker.ts');
    expect(printers).toHaveLength(1);
    expectAllThreadsLowered(printers[0] as number);
    const chromium = chromiumProcesses();
    expect(chromium.length).toBeGreaterThan(0);
    for (const pid of chromium) {
      expect(schedulingOf(`/proc/${pid}`).policy).toBe(SCHED_IDLE);
      if (existsSync(`/proc/${pid}/autogroup`)) expect(readFileSync(`/proc/${pid}/autogroup`, 'utf8')).toMatch(/ nice 19$/m);
    }
  });
});
