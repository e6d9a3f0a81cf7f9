import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildExportModel } from './buildExportModel';
import type { ExportInput } from './exportInput';
import type { ExportProfile } from './exportProfile';
import { renderDocx } from './renderDocx';
import { renderHtml } from './renderHtml';
import { renderMarkdown } from './renderMarkdown';
import { renderOdt } from './renderOdt';
import { expectInOrder } from './testing/expectInOrder';
import { VALIDATED_VERSION_HASH, VALIDATION_STATEMENT, draftMinutes, validatedMinutes } from './testing/validatedMinutes';

const XML_ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'" };
const unescapeXml = (text: string) => text.replace(/&(amp|lt|gt|quot|apos);/g, (entity) => XML_ENTITIES[entity] ?? entity);

/** The text each format's reader gets: the HTML page's text, the Markdown, the DOCX and ODT body XML's text. */
const readers: Record<'html' | 'markdown' | 'docx' | 'odt', (input: ExportInput) => Promise<string>> = {
  html: async (input) => unescapeXml(renderHtml(input).replace(/<(style|title)>.*?<\/\1>/gs, '').replace(/<[^>]+>/g, '\n')),
  markdown: async (input) => renderMarkdown(input),
  docx: async (input) => {
    const xml = strFromU8(unzipSync(await renderDocx(input))['word/document.xml'] ?? new Uint8Array());
    // One line per Word paragraph, the text of its runs.
    return unescapeXml(
      [...xml.matchAll(/<w:p[ >].*?<\/w:p>/gs)].map(([p]) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('')).join('\n'),
    );
  },
  odt: async (input) => {
    const xml = strFromU8(unzipSync(renderOdt(input))['content.xml'] ?? new Uint8Array());
    return unescapeXml(xml.replace(/<[^>]+>/g, '\n'));
  },
};

const VERSION_LINE = `Version validée\u00A0: sha256 ${VALIDATED_VERSION_HASH}`;

describe('W13: the validation statement in the export model', () => {
  it('words the statement once, and the whole hash for the internal version only', () => {
    const internal = buildExportModel(validatedMinutes('internal'));
    expect(internal.validation).toBe(VALIDATION_STATEMENT);
    expect(internal.validatedVersion).toBe(VERSION_LINE);
    const external = buildExportModel(validatedMinutes('external'));
    expect(external.validation).toBe(VALIDATION_STATEMENT);
    expect(external.validatedVersion).toBeUndefined();
  });

  it('prints no hash without a profile, nor one that is not a SHA-256, and nothing for a draft', () => {
    const { profile: _profile, ...unprofiled } = validatedMinutes('internal');
    expect(buildExportModel(unprofiled).validatedVersion).toBeUndefined();
    const forged = validatedMinutes('internal');
    forged.validation = { meetingDate: '2014-02-17', versionHash: '<script>alert(1)</script>' };
    expect(buildExportModel(forged).validatedVersion).toBeUndefined();
    const draft = buildExportModel(draftMinutes('internal'));
    expect(draft.validation).toBeUndefined();
    expect(draft.validatedVersion).toBeUndefined();
  });

  it('dates the statement in French without the locale, « 1er » included', () => {
    const input = validatedMinutes('external');
    input.validation = { meetingDate: '2014-03-01' };
    expect(buildExportModel(input).validation).toBe('Validé lors de la réunion du Collectif du 1er mars 2014');
  });
});

describe.each(Object.entries(readers))('W13: the validation statement in %s', (_format, read) => {
  const profiles: ExportProfile[] = ['internal', 'external'];

  it.each(profiles)('%s: states the validation after the title block, before the sommaire', async (profile) => {
    const text = await read(validatedMinutes(profile));
    expectInOrder(text, ['Compte-rendu de la réunion du 22 novembre 2013', 'Paris, le 26 novembre 2013', VALIDATION_STATEMENT, 'Sommaire']);
    expect(text.split(VALIDATION_STATEMENT)).toHaveLength(2);
  });

  it('carries the whole version hash in the internal version, right after the statement', async () => {
    const text = await read(validatedMinutes('internal'));
    expectInOrder(text, [VALIDATION_STATEMENT, VERSION_LINE, 'Sommaire']);
    expect(text.split(VALIDATED_VERSION_HASH)).toHaveLength(2);
  });

  it('never carries the hash in the external version', async () => {
    const text = await read(validatedMinutes('external'));
    expect(text).not.toContain(VALIDATED_VERSION_HASH);
    expect(text).not.toContain('Version validée');
    expect(text).not.toContain('sha256');
  });

  it.each(profiles)('%s: says nothing of a validation for a draft', async (profile) => {
    const text = await read(draftMinutes(profile));
    expect(text).not.toMatch(/Validé|Version validée|sha256/);
    expect(text).toContain('Compte-rendu de la réunion du 22 novembre 2013');
  });
});
