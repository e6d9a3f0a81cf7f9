import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { annexBookmarksUpdate } from './annexBookmarks';
import { readMergedPdf } from './readMergedPdf';
import { runQpdf } from './runQpdf';
import { samplePdf } from './sampleAnnexFiles';

const run = promisify(execFile);

describe('N8: annex bookmarks added by qpdf to a merged PDF', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'minutier-bookmarks-test-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('gives an outline to minutes that had none, one top-level bookmark per annex on its first page', async () => {
    const files = ['minutes', 'first', 'second'].map((name) => join(dir, `${name}.pdf`));
    await Promise.all(files.map((file, i) => writeFile(file, samplePdf(`Part ${i}`))));
    const [minutes, first, second] = files as [string, string, string];
    const merged = join(dir, 'merged.pdf');
    expect((await runQpdf([minutes, '--pages', '.', first, second, '--', merged])).ok).toBe(true);
    const { pages, outline } = await readMergedPdf(merged);
    expect(pages).toHaveLength(3);
    expect(outline.root).toBeUndefined();

    const update = join(dir, 'update.json');
    const final = join(dir, 'final.pdf');
    const bookmarks = [
      { title: 'Annexe 1 - Lettre « reçue »', pageRef: pages[1] as string },
      { title: 'Annexe 2 - Rapport', pageRef: pages[2] as string },
    ];
    await writeFile(update, JSON.stringify(annexBookmarksUpdate(outline, bookmarks)));
    expect((await runQpdf([merged, `--update-from-json=${update}`, final])).ok).toBe(true);

    const { stdout } = await run('qpdf', ['--json=2', '--json-key=pages', '--json-key=outlines', final]);
    const json = JSON.parse(stdout) as { pages: Array<{ outlines: Array<{ title: string }> }>; outlines: Array<{ title: string }> };
    expect(json.outlines.map((item) => item.title)).toEqual(['Annexe 1 - Lettre « reçue »', 'Annexe 2 - Rapport']);
    expect(json.pages.map((page) => page.outlines.map((item) => item.title))).toEqual([[], ['Annexe 1 - Lettre « reçue »'], ['Annexe 2 - Rapport']]);
    await expect(run('qpdf', ['--check', final])).resolves.toBeDefined();
  });

  it('answers a failure, not an exception, for a file qpdf cannot read', async () => {
    const broken = join(dir, 'broken.pdf');
    await writeFile(broken, '%PDF-1.4\nrien de lisible\n');
    const result = await runQpdf(['--show-npages', broken]);
    expect(result.ok).toBe(false);
  });
});
