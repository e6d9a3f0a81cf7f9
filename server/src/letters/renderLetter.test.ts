import { strFromU8, unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { LetterFormat } from '../../../shared/api/letters';
import { expectInOrder } from '../../../shared/export/testing/expectInOrder';
import { sampleLetter, sampleLetterBody } from '../../../shared/letters/testing/sampleLetter';
import { newModelDoc } from '../../../shared/model/modelRoots';
import { writeBodyContent } from '../../../shared/schema/bodyContent';
import { contentDisposition } from '../export/contentDisposition';
import type { LetterExportJob } from '../export/exportJob';
import { createExportPool } from '../export/exportPool';
import { createPdfPrinter } from '../export/renderPdf';
import { pdfInfo, pdfText } from '../export/testing/readers';
import { letterFileName, renderLetter } from './renderLetter';

/** The sample letter's body stored as one update, with its fields: a job as the export route makes one. */
function letterJob(format: LetterFormat, state: Uint8Array | null = sampleBodyState()): LetterExportJob {
  const { fields, plans, collective, members } = sampleLetter();
  return { kind: 'letter', format, state, updates: [], fields, plans, collective, members };
}

function sampleBodyState(): Uint8Array {
  const doc = newModelDoc();
  writeBodyContent(doc, sampleLetter().content);
  return Y.encodeStateAsUpdate(doc);
}

describe('renderLetter: the cover letter rendered by an export worker', () => {
  const pool = createExportPool(1);
  const printer = createPdfPrinter();
  afterAll(async () => {
    await pool.close();
    await printer.close();
  });

  it('prints the PDF from the worker’s page: the letter in order, the measure’s title as a footnote', async () => {
    const outcome = await renderLetter(pool, printer, letterJob('pdf'));
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    const text = await pdfText(outcome.file);
    expectInOrder(text, [
      'Paris, le 21 avril 2015',
      'Monsieur Bernard Cazeneuve',
      'Objet',
      sampleLetterBody.salutation,
      'mesure 22',
      sampleLetterBody.closing,
      'Véronique Fayet',
      'PJ',
      'Copies',
      'Associations membres du Collectif',
      'Coordination',
      'Coordination départementale et régionale de la lutte contre la traite',
    ]);
    const info = await pdfInfo(outcome.file);
    expect(info.Title).toMatch(/^Lettre d’envoi — Vos engagements/);
    expect(info.Author).toBe('Ensemble contre la traite des êtres humains');
  }, 60_000);

  it('writes the ODT in the worker', async () => {
    const outcome = await renderLetter(pool, printer, letterJob('odt'));
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    const content = strFromU8(unzipSync(outcome.file)['content.xml'] ?? new Uint8Array());
    expectInOrder(content.replace(/<[^>]+>/g, ' '), ['Monsieur Bernard Cazeneuve', sampleLetterBody.salutation, 'Coordination']);
  });

  it('answers « unreadable » for a body that does not load', async () => {
    expect(await renderLetter(pool, printer, letterJob('docx', new Uint8Array([1, 2, 3, 4, 5])))).toMatchObject({ ok: false, reason: 'unreadable' });
  });

  it('answers « pdf_unavailable » without Chromium', async () => {
    const missing = createPdfPrinter('/nonexistent/chromium');
    expect(await renderLetter(pool, missing, letterJob('pdf'))).toMatchObject({ ok: false, reason: 'pdf_unavailable' });
  });
});

describe('letterFileName', () => {
  it('names the file after the letter and its date, safe in a Content-Disposition header', () => {
    const { fields } = sampleLetter();
    expect(letterFileName(fields, 'pdf')).toBe('Lettre d’envoi - 2015-04-21.pdf');
    expect(letterFileName({ date: '' }, 'docx')).toBe('Lettre d’envoi.docx');
    expect(contentDisposition(letterFileName(fields, 'odt'))).toBe(
      `attachment; filename="Lettre d_envoi - 2015-04-21.odt"; filename*=UTF-8''Lettre%20d%E2%80%99envoi%20-%202015-04-21.odt`,
    );
  });
});
