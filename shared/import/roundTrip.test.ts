import { describe, expect, it } from 'vitest';
import registry from '../../server/src/demo/plan-2014-2016-mesures.json';
import type { Plan } from '../api/plans';
import type { ExportInput } from '../export/exportInput';
import { defaultProfileDrops } from '../export/exportProfile';
import { renderDocx } from '../export/renderDocx';
import { renderHtml } from '../export/renderHtml';
import { renderMarkdown } from '../export/renderMarkdown';
import { renderOdt } from '../export/renderOdt';
import { actionItems, headings, measureRefs, speakerTurns, withoutIds, withoutTypography } from './fixtures/contentQueries';
import { demoMinutes } from './fixtures/demoMinutes';
import { docxMinutes } from './fixtures/docxMinutes';
import { demoPlan, readFixture } from './fixtures/readFixture';
import { type ImportedMinutes, importDocx, importFile, importMarkdown, importText } from './importMinutes';

/** Minutier's own Markdown export of an import, as the collective would download it. */
const exported = (imported: ImportedMinutes): string =>
  renderMarkdown({
    meta: imported.meta,
    participants: imported.participants,
    content: imported.content,
    plans: [registry as Plan],
    ...(imported.report.header.writtenOn ? { writtenOn: imported.report.header.writtenOn } : {}),
    drops: defaultProfileDrops.internal,
  });

// The export writes French typography (spaces before « : », ’): the words must come back, not the spaces.
const comparable = ({ meta, participants, content }: ImportedMinutes) => withoutTypography(withoutIds({ meta, participants, content }));

describe('import → Markdown export → import', () => {
  const sources: Array<[string, () => Promise<ImportedMinutes>]> = [
    ['the 2013 compte-rendu (PDF text)', async () => importText(readFixture('compte-rendu-2013-11-22.txt'), { plan: demoPlan })],
    ['wrapped and hyphenated text', async () => importText(readFixture('cr-2014-01-31-wrapped.txt'), { plan: demoPlan })],
    ['hand-written Markdown', async () => importMarkdown(readFixture('cr-2014-03-14.md'), { plan: demoPlan })],
    ['a Word document', async () => importDocx(await docxMinutes(), { plan: demoPlan })],
  ];

  it.each(sources)('gives back the same compte-rendu for %s', async (_, load) => {
    const first = await load();
    const markdown = exported(first);
    const second = importMarkdown(markdown, { plan: demoPlan });
    expect(comparable(second)).toEqual(comparable(first));
    // and the export of the re-import is the export itself: nothing drifts on a second pass.
    expect(withoutTypography(exported(second))).toBe(withoutTypography(markdown));
    expect(second.report.unsure).toEqual([]);
  });
});

describe('Minutier’s own exports → import: the same compte-rendu comes back', () => {
  const stored = demoMinutes();
  const input = {
    ...stored,
    plans: [registry as Plan],
    ...(stored.meta.writtenOn ? { writtenOn: stored.meta.writtenOn } : {}),
    drops: defaultProfileDrops.internal,
  };
  const writers: Array<[string, string, () => Promise<Uint8Array>]> = [
    ['Markdown', 'cr.md', async () => new TextEncoder().encode(renderMarkdown(input))],
    ['DOCX', 'cr.docx', () => renderDocx(input)],
    ['ODT', 'cr.odt', async () => renderOdt(input)],
    ['HTML', 'cr.html', async () => new TextEncoder().encode(renderHtml(input))],
  ];

  it.each(writers)('%s', async (_, name, write) => {
    const imported = await importFile(name, await write(), { plan: demoPlan });
    // Structure first, for a readable failure: headings by level, turns, boxes, measures, participants.
    expect(headings(imported.content, 2)).toEqual(headings(stored.content, 2));
    expect(headings(imported.content, 3)).toEqual(headings(stored.content, 3));
    expect(speakerTurns(imported.content)).toEqual(speakerTurns(stored.content));
    expect(actionItems(imported.content)).toEqual(actionItems(stored.content));
    expect(measureRefs(imported.content)).toEqual(measureRefs(stored.content));
    expect(measureRefs(imported.content)).toHaveLength(4);
    expect(withoutIds(imported.participants)).toEqual(withoutIds(stored.participants));
    expect(imported.meta).toEqual(stored.meta);
    // then everything: the whole body, node for node.
    const body = (content: unknown) => withoutTypography(withoutIds(JSON.parse(JSON.stringify(content, (_, value) => value ?? undefined))));
    expect(body(imported.content)).toEqual(body(stored.content));
    expect(imported.report.unsure).toEqual([]);
  });
});

describe('the 2013 compte-rendu (PDF text) → each export → import', () => {
  const formats: Array<[string, (input: ExportInput) => Promise<Uint8Array>]> = [
    ['cr.docx', (input) => renderDocx(input)],
    ['cr.odt', async (input) => renderOdt(input)],
    ['cr.html', async (input) => new TextEncoder().encode(renderHtml(input))],
  ];

  it.each(formats)('%s gives back the same compte-rendu', async (name, write) => {
    const first = importText(readFixture('compte-rendu-2013-11-22.txt'), { plan: demoPlan });
    const input = { ...first, plans: [registry as Plan], writtenOn: first.meta.writtenOn, drops: defaultProfileDrops.internal };
    const second = await importFile(name, await write(input), { plan: demoPlan });
    expect(measureRefs(second.content)).toEqual(measureRefs(first.content));
    expect(comparable(second)).toEqual(comparable(first));
  });
});
