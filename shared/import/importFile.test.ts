import { describe, expect, it } from 'vitest';
import { defaultProfileDrops } from '../export/exportProfile';
import { renderOdt } from '../export/renderOdt';
import { speakerTurns } from './fixtures/contentQueries';
import { docxMinutes } from './fixtures/docxMinutes';
import { readFixture } from './fixtures/readFixture';
import { ImportError, importFile } from './importMinutes';

const bytes = (text: string) => new TextEncoder().encode(text);
const minutes = 'COMPTE-RENDU DE LA REUNION DU 3 MARS 2014\n\nHors la Rue :\n\nL’association présente son bilan.\n';

async function refusal(promise: Promise<unknown>): Promise<ImportError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(ImportError);
  return error as ImportError;
}

describe('importFile', () => {
  it('reads each accepted format by its extension', async () => {
    expect((await importFile('cr.txt', bytes(minutes))).report.format).toBe('text');
    expect((await importFile('CR.MD', bytes(minutes))).report.format).toBe('markdown');
    expect((await importFile('cr.docx', await docxMinutes())).report.format).toBe('docx');
    const html = await importFile('cr.html', bytes(`<html><body><h1>Compte-rendu de la réunion du 3 mars 2014</h1><p>Hors la Rue :</p><p>Bilan.</p></body></html>`));
    expect(html.report).toMatchObject({ format: 'html', positionUnit: 'paragraph' });
    const odt = await importFile('cr.odt', renderOdt({ ...html, plans: [], drops: defaultProfileDrops.internal }));
    expect(odt.report).toMatchObject({ format: 'odt', positionUnit: 'paragraph' });
    expect(speakerTurns(odt.content)).toEqual(speakerTurns(html.content));
  });

  it('refuses other formats, empty files, PDFs and binaries with a French message', async () => {
    expect(await refusal(importFile('cr.pdf', bytes('%PDF-1.4')))).toMatchObject({ code: 'unsupported_format', message: expect.stringContaining('.txt, .md, .docx, .odt ou .html') });
    expect(await refusal(importFile('cr.txt', new Uint8Array()))).toMatchObject({ code: 'empty_file' });
    expect(await refusal(importFile('cr.txt', bytes(' \n\n ')))).toMatchObject({ code: 'empty_file' });
    expect(await refusal(importFile('cr.txt', bytes('%PDF-1.4 …')))).toMatchObject({ code: 'not_text', message: expect.stringContaining('PDF') });
    expect(await refusal(importFile('cr.md', new Uint8Array([0x41, 0, 0x42])))).toMatchObject({ code: 'not_text' });
    expect(await refusal(importFile('cr.docx', bytes('pas un docx')))).toMatchObject({ code: 'unreadable_docx' });
    expect(await refusal(importFile('cr.odt', bytes('pas un odt')))).toMatchObject({ code: 'unreadable_odt', message: expect.stringContaining('LibreOffice') });
  });

  it('reads older Windows-1252 and UTF-16 text files', async () => {
    const latin = Uint8Array.from([...'R\xe9union du 3 mars 2014\n\nL\x92association pr\xe9sente.\n'].map((c) => c.charCodeAt(0)));
    expect((await importFile('cr.txt', latin)).meta.title).toBe('Réunion du 3 mars 2014');
    const utf16 = new Uint8Array([0xff, 0xfe, ...[...'Réunion du 3 mars 2014\n'].flatMap((c) => [c.charCodeAt(0), 0])]);
    expect((await importFile('cr.txt', utf16)).meta.title).toBe('Réunion du 3 mars 2014');
  });

  it('titles minutes without a title after the file, and says so', async () => {
    const { meta, report } = await importFile('bureau_2014-03-03.txt', bytes('Hors la Rue :\n\nL’association présente son bilan.\n'));
    expect(meta.title).toBe('bureau 2014 03 03');
    expect(report.unsure).toContainEqual(expect.objectContaining({ reason: expect.stringContaining('Aucun titre') }));
    expect(report.looksLikeMinutes).toBe(false);
  });

  it('tells a letter from minutes', async () => {
    const letter = await importFile('lettre.txt', bytes(readFixture('lettre-2013-11-22.txt')));
    expect(letter.report.looksLikeMinutes).toBe(false);
    const real = await importFile('cr.txt', bytes(minutes));
    expect(real.report.looksLikeMinutes).toBe(true);
    expect(speakerTurns(real.content).map((turn) => turn.organisation)).toEqual(['Hors la Rue']);
  });
});
