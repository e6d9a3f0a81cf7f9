import { describe, expect, it } from 'vitest';
import { readHtml } from './readHtml';

describe('readHtml (mammoth’s HTML)', () => {
  const read = (html: string) => readHtml(html).map((block) => [block.style.kind, block.text, block.container ?? '']);

  it('reads paragraphs, headings, nested lists, entities, line breaks and footnote calls', () => {
    const html =
      '<h2>I- Actualit&#233;s</h2><p>Texte <strong>gras</strong> &amp; suite<sup><a href="#footnote-1" id="footnote-ref-1">[1]</a></sup>.</p>' +
      '<ul><li>un<ul><li>un bis</li></ul></li><li><p>deux</p></li></ul>' +
      '<p>Eric Panloup (MIPROF)<br />M. Martin</p>';
    expect(read(html)).toEqual([
      ['heading', 'I- Actualités', ''],
      ['paragraph', 'Texte gras & suite.', ''],
      ['listItem', 'un', ''],
      ['listItem', 'un bis', ''],
      ['listItem', 'deux', ''],
      ['paragraph', 'Eric Panloup (MIPROF) M. Martin', ''],
    ]);
    expect(readHtml(html)[5]?.lines).toEqual(['Eric Panloup (MIPROF)', 'M. Martin']);
  });

  it('reads a one-column table as a box and a wider one as « cell : cell » rows, header row skipped', () => {
    const html =
      '<table><tr><td><p><strong>À suivre :</strong></p><p>Faire le point.</p></td></tr></table>' +
      '<table><thead><tr><th><p>Organisation</p></th><th><p>Personnes</p></th></tr></thead>' +
      '<tbody><tr><td><p>Hors la Rue</p></td><td><p>Martina Andreeva</p><p>Guillaume Lardanchet</p></td></tr></tbody></table>';
    expect(read(html)).toEqual([
      ['paragraph', 'À suivre :', 'table-1-1'],
      ['paragraph', 'Faire le point.', 'table-1-1'],
      ['paragraph', 'Hors la Rue : Martina Andreeva, Guillaume Lardanchet', ''],
    ]);
  });
});
