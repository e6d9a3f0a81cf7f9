import { describe, expect, it } from 'vitest';
import registry from '../../server/src/demo/plan-2014-2016-mesures.json';
import type { Plan } from '../api/plans';
import { defaultProfileDrops } from '../export/exportProfile';
import { renderHtml } from '../export/renderHtml';
import { renderMarkdown } from '../export/renderMarkdown';
import { actionItems, headings, measureRefs, speakerTurns, withoutIds } from './fixtures/contentQueries';
import { demoMinutes } from './fixtures/demoMinutes';
import { importHtml, importMarkdown } from './importMinutes';
import { demoPlan } from './fixtures/readFixture';

/** French typography as an export may set it: narrow no-break spaces before « ; ? ! », no-break ones before « : » and inside « ». */
const typeset = (text: string) =>
  text
    .replace(/ ([;?!])/g, '\u202F$1')
    .replace(/ :/g, '\u00A0:')
    .replace(/« /g, '«\u00A0')
    .replace(/ »/g, '\u00A0»');

describe('no-break spaces of French typography read as spaces', () => {
  const stored = demoMinutes();
  const input = { ...stored, plans: [registry as Plan], writtenOn: stored.meta.writtenOn, drops: defaultProfileDrops.internal };

  it.each([
    ['Markdown', () => importMarkdown(typeset(renderMarkdown(input)), { plan: demoPlan })],
    ['HTML', () => importHtml(typeset(renderHtml(input)), { plan: demoPlan })],
  ])('%s: labels (« Hors la Rue : », « Échéance : », « Participants … ») recognised, text with plain spaces', (_, load) => {
    const imported = load();
    expect(speakerTurns(imported.content)).toEqual(speakerTurns(stored.content));
    expect(actionItems(imported.content)).toEqual(actionItems(stored.content));
    expect(headings(imported.content, 3)).toEqual(headings(stored.content, 3));
    expect(measureRefs(imported.content)).toEqual(measureRefs(stored.content));
    expect(withoutIds(imported.participants)).toEqual(withoutIds(stored.participants));
    expect(imported.meta).toEqual(stored.meta);
    expect(JSON.stringify(imported)).not.toMatch(/[\u00A0\u202F]/);
  });
});
