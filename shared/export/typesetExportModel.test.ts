import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildExportModel } from './buildExportModel';
import type { ExportInput } from './exportInput';
import { type Block, type ExportDocument, type Inline, plainText } from './exportModel';
import { defaultProfileDrops } from './exportProfile';
import { renderDocx } from './renderDocx';
import { renderHtml } from './renderHtml';
import { renderMarkdown } from './renderMarkdown';
import { renderOdt } from './renderOdt';
import { sampleMinutes } from './testing/sampleMinutes';

const NBSP = '\u00A0';
const NNBSP = '\u202F';

type JsonNode = Record<string, unknown>;
const text = (value: string, ...marks: JsonNode[]): JsonNode => (marks.length > 0 ? { type: 'text', text: value, marks } : { type: 'text', text: value });
const withBlocks = (...blocks: JsonNode[]): ExportInput => ({
  meta: { title: 'Réunion' },
  participants: [],
  content: { type: 'doc', content: blocks },
  plans: [],
  drops: defaultProfileDrops.internal,
});
const withParagraphs = (...paragraphs: JsonNode[][]): ExportInput => withBlocks(...paragraphs.map((content) => ({ type: 'paragraph', content })));
const inlinesOf = (input: ExportInput, index = 0): Inline[] => {
  const block = buildExportModel(input).blocks[index];
  return block?.kind === 'paragraph' ? block.inlines : [];
};

/** Every line of text the model prints, and the text runs of each paragraph. */
function linesOf(doc: ExportDocument): { lines: string[]; runs: string[][] } {
  const lines: string[] = [doc.title, doc.collective, doc.placeAndDate, doc.validation, doc.signature].filter((line) => line !== undefined);
  const runs: string[][] = [];
  const addInlines = (inlines: Inline[]) => {
    lines.push(plainText(inlines));
    runs.push(inlines.flatMap((inline) => (inline.kind === 'text' ? [inline.text] : inline.kind === 'measure' ? [inline.label] : [])));
    for (const inline of inlines) if ((inline.kind === 'measure' || inline.kind === 'note') && inline.note) lines.push(inline.note);
  };
  const visit = (block: Block) => {
    if (block.kind === 'heading' || block.kind === 'paragraph') addInlines(block.inlines);
    else if (block.kind === 'speakerTurn') {
      if (block.speaker) lines.push(block.speaker.name, block.speaker.detail ?? '');
      block.paragraphs.forEach(addInlines);
    } else if (block.kind === 'actionItem') {
      lines.push(block.details ?? '');
      block.paragraphs.forEach(addInlines);
    } else if (block.kind === 'markedSection' || block.kind === 'blockquote') block.blocks.forEach(visit);
    else if (block.kind === 'list') block.items.flat().forEach(visit);
  };
  doc.blocks.forEach(visit);
  for (const group of doc.attendance) lines.push(group.title, ...group.lines);
  return { lines, runs };
}

describe('French typography, set once in the export model', () => {
  it('E2: leaves no line of the demo breakable before « : ; ? ! » » or after «, and no straight apostrophe', () => {
    const { lines, runs } = linesOf(buildExportModel(sampleMinutes('internal')));
    expect(lines.length).toBeGreaterThan(80);
    expect(lines.filter((line) => / [:;?!»]|« |'/.test(line))).toEqual([]);
    // A run may start with the mark only when the run before it ends with the no-break space.
    for (const paragraph of runs) {
      paragraph.forEach((run, i) => {
        if (/^[:;?!»]/.test(run)) expect(paragraph[i - 1] ?? '', run).toMatch(/[\u00A0\u202F]$/);
        if (/«$/.test(run)) expect(paragraph[i + 1] ?? '', run).toMatch(/^[\u00A0\u202F]/);
      });
    }
    expect(lines).toContain(`Initiative «${NNBSP}Walk Free${NNBSP}»${NBSP}: une initiative d’origine australienne et américaine, qui a publié un rapport international sur la traite des êtres humains et qui classe les pays selon leurs actions en faveur de la lutte contre la traite. Selon certaines associations, les critères sont parfois discutables.`);
  });

  it('typesets across formatting changes, measures and notes', () => {
    const input = withParagraphs([
      text('Attention', { type: 'bold' }),
      text("! c'est la "),
      { type: 'measureRef', attrs: { plan: 'p', number: 22, item: '' } },
      text(': oui'),
    ]);
    input.plans = [{ id: 'p', title: "Plan d'action", measures: [{ number: 22, title: "L'hébergement" }] }] as ExportInput['plans'];
    expect(inlinesOf(input)).toEqual([
      { kind: 'text', text: 'Attention', bold: true },
      { kind: 'text', text: `${NNBSP}! c’est la ` },
      { kind: 'measure', label: `mesure${NBSP}22`, note: `Mesure${NBSP}22${NBSP}: L’hébergement (Plan d’action)` },
      { kind: 'text', text: `${NBSP}: oui` },
    ]);
  });

  it('prints code, and a link whose text is an address, as typed; a link with words is typeset', () => {
    const url = "https://exemple.org/l'ami?a=1;b=2";
    const input = withBlocks(
      {
        type: 'paragraph',
        content: [
          text('Voir «'),
          text(url, { type: 'link', attrs: { href: url } }),
          text('» et '),
          text("l'annonce", { type: 'link', attrs: { href: url } }),
          text(' puis '),
          text("grep 'a' : b ; c", { type: 'code' }),
          text('!'),
        ],
      },
      { type: 'codeBlock', content: [text("echo 'x' ; ls : «a»")] },
    );
    expect(inlinesOf(input)).toEqual([
      { kind: 'text', text: `Voir «${NNBSP}` },
      { kind: 'text', text: url, href: url },
      { kind: 'text', text: `${NNBSP}» et ` },
      { kind: 'text', text: 'l’annonce', href: url },
      { kind: 'text', text: ' puis ' },
      { kind: 'text', text: "grep 'a' : b ; c", code: true },
      { kind: 'text', text: `${NNBSP}!` },
    ]);
    expect(buildExportModel(input).blocks[1]).toEqual({ kind: 'code', lines: ["echo 'x' ; ls : «a»"] });
  });

  it('E2: reaches every format: the no-break spaces are in the files', async () => {
    const expected = `Initiative «${NNBSP}Walk Free${NNBSP}»${NBSP}: une initiative d’origine`;
    const input = sampleMinutes('internal');
    expect(renderMarkdown(input)).toContain(expected);
    expect(renderHtml(input)).toContain(expected);
    expect(strFromU8(unzipSync(renderOdt(input))['content.xml'] ?? new Uint8Array())).toContain(expected);
    expect(strFromU8(unzipSync(await renderDocx(input))['word/document.xml'] ?? new Uint8Array())).toContain(expected);
  });

  it('keeps Markdown markup escaped and emphasis valid around the new spaces', () => {
    const markdown = renderMarkdown(withParagraphs([text('Attention', { type: 'bold' }), text(' : *pas* [un lien](x) ; <b>fin</b> ?')]));
    expect(markdown).toContain(`**Attention**${NBSP}: \\*pas\\* \\[un lien\\](x)${NNBSP}; \\<b\\>fin\\</b\\>${NNBSP}?`);
  });
});
