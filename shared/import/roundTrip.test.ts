import { describe, expect, it } from 'vitest';
import registry from '../../server/src/demo/plan-2014-2016-mesures.json';
import type { Plan } from '../api/plans';
import { defaultProfileDrops } from '../export/exportProfile';
import { renderMarkdown } from '../export/renderMarkdown';
import { withoutIds } from './fixtures/contentQueries';
import { docxMinutes } from './fixtures/docxMinutes';
import { demoPlan, readFixture } from './fixtures/readFixture';
import { type ImportedMinutes, importDocx, importMarkdown, importText } from './importMinutes';

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

const comparable = ({ meta, participants, content }: ImportedMinutes) => withoutIds({ meta, participants, content });

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
    expect(exported(second)).toBe(markdown);
    expect(second.report.unsure).toEqual([]);
  });
});
