import { describe, expect, it } from 'vitest';
import { ANNEX_TYPES } from './annexTypes';
import { safeAnnexName } from './safeAnnexName';

const pdf = ANNEX_TYPES.pdf.extensions;
const jpeg = ANNEX_TYPES.jpeg.extensions;

describe('N3: an annex’s name is made safe', () => {
  it('keeps a plain French name and its extension when it is the sniffed type’s', () => {
    expect(safeAnnexName('Lettre au ministre – 22 novembre 2013.PDF', pdf)).toBe('Lettre au ministre – 22 novembre 2013.pdf');
    expect(safeAnnexName('photo.jpeg', jpeg)).toBe('photo.jpeg');
  });

  it('replaces an extension that lies about the bytes, and adds one when there is none', () => {
    expect(safeAnnexName('page.html', pdf)).toBe('page.pdf');
    expect(safeAnnexName('rapport v1.2 final', pdf)).toBe('rapport v1.2 final.pdf');
  });

  it('drops folders, control and bidirectional characters, and characters Windows refuses', () => {
    expect(safeAnnexName('../../etc/passwd', pdf)).toBe('passwd.pdf');
    expect(safeAnnexName('C:\\Users\\x\\..\\rapport.pdf', pdf)).toBe('rapport.pdf');
    expect(safeAnnexName('facture\u202Efdp.exe', pdf)).toBe('facturefdp.pdf');
    expect(safeAnnexName('a\u0000b\nc<d>:e"f|g?h*.pdf', pdf)).toBe('abc_d__e_f_g_h_.pdf');
    expect(safeAnnexName('...', pdf)).toBe('annexe.pdf');
    expect(safeAnnexName('', pdf)).toBe('annexe.pdf');
    expect(safeAnnexName('CON.pdf', pdf)).toBe('_CON.pdf');
  });

  it('bounds the length', () => {
    const name = safeAnnexName(`${'é'.repeat(500)}.pdf`, pdf);
    expect([...name]).toHaveLength(124);
  });
});
