import { describe, expect, it } from 'vitest';
import { strToU8, unzipSync } from 'fflate';
import { sniffAnnexType } from './sniffAnnexType';
import { forgedZipBomb, manyEntriesZip, sampleDocx, sampleHtml, sampleOdt, samplePdf, samplePng, zipBomb } from './sampleAnnexFiles';

describe('N2: the type of an annex is sniffed from its bytes', () => {
  it('recognises PDF, ODF, DOCX and the four image kinds', () => {
    const gif = strToU8('GIF89a\x01\x00\x01\x00');
    const webp = Uint8Array.from([...strToU8('RIFF'), 0, 0, 0, 0, ...strToU8('WEBPVP8 ')]);
    const jpeg = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]);
    expect([samplePdf(), sampleOdt(), sampleDocx(), samplePng(), jpeg, gif, webp].map((bytes) => sniffAnnexType(bytes))).toEqual(
      ['pdf', 'odt', 'docx', 'png', 'jpeg', 'gif', 'webp'].map((type) => ({ ok: true, type })),
    );
    expect(sniffAnnexType(sampleOdt('application/vnd.oasis.opendocument.spreadsheet'))).toEqual({ ok: true, type: 'ods' });
  });

  it('refuses HTML, plain text, other archives and an ODF whose mimetype is not first', () => {
    const notFirst = sampleDocx().slice();
    expect(sniffAnnexType(sampleHtml())).toEqual({ ok: false, reason: 'unsupported' });
    expect(sniffAnnexType(strToU8('Compte-rendu de la réunion'))).toEqual({ ok: false, reason: 'unsupported' });
    expect(sniffAnnexType(strToU8('PK\x03\x04 not really an archive'))).toEqual({ ok: false, reason: 'unsupported' });
    expect(sniffAnnexType(sampleOdt('application/x-shockwave-flash'))).toEqual({ ok: false, reason: 'unsupported' });
    expect(sniffAnnexType(notFirst.subarray(0, notFirst.length - 30))).toEqual({ ok: false, reason: 'unsupported' });
  });
});

describe('N3: an archive that would inflate far beyond its size is refused without inflating it', () => {
  it('refuses a real zip bomb by its compression ratio, a forged directory by its declared size, and too many entries', () => {
    const bomb = zipBomb();
    expect(bomb.length).toBeLessThan(200 * 1024);
    const started = performance.now();
    expect(sniffAnnexType(bomb)).toEqual({ ok: false, reason: 'bomb' });
    const sniffing = performance.now() - started;
    const inflating = performance.now();
    unzipSync(bomb);
    // Reading the directory costs a small part of inflating the 40 Mo it announces.
    expect(sniffing).toBeLessThan((performance.now() - inflating) / 4);
    expect(sniffAnnexType(forgedZipBomb())).toEqual({ ok: false, reason: 'bomb' });
    expect(sniffAnnexType(manyEntriesZip(6000))).toEqual({ ok: false, reason: 'bomb' });
  });

  it('accepts an archive with many but a plausible number of entries', () => {
    expect(sniffAnnexType(manyEntriesZip(500))).toEqual({ ok: true, type: 'docx' });
  });
});
