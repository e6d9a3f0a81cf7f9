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

  it('reads Minutier’s HTML export: the page’s head and the notes left out, « À suivre » boxes and speakers’ labels kept', () => {
    const html =
      '<!DOCTYPE html>\n<html lang="fr"><head><meta charset="utf-8"><title>CR</title><style>p { color: red; }</style></head><body>' +
      '<p class="intervenant">Hors la Rue <span class="detail">(Martina Andreeva)</span> :</p><p>Texte de la <span class="mesure">mesure 5</span>' +
      '<sup class="appel-note"><a href="#note-1" id="appel-1">1</a></sup>.</p>' +
      '<aside class="a-suivre" aria-label="À suivre"><p class="a-suivre-titre">À suivre</p><p class="a-suivre-details">Échéance : 31 janvier 2014</p><p>Faire le point.</p></aside>' +
      '<p>Après.</p><section class="notes"><h2 id="notes">Notes</h2><ol><li id="note-1">Mesure 5 : titre <a href="#appel-1">↩</a></li></ol></section></body></html>';
    expect(read(html)).toEqual([
      ['paragraph', 'Hors la Rue (Martina Andreeva) :', ''],
      ['paragraph', 'Texte de la mesure 5.', ''],
      ['paragraph', 'À suivre', 'box-1'],
      ['paragraph', 'Échéance : 31 janvier 2014', 'box-1'],
      ['paragraph', 'Faire le point.', 'box-1'],
      ['paragraph', 'Après.', ''],
    ]);
    expect(readHtml(html)[0]?.speakerLabel).toBe(true);
  });

  it('reads the classes mammoth gives Word’s styles: a run of « À suivre » paragraphs is one box, notes and table of contents apart', () => {
    const html =
      '<p class="sommaire-entree"><a href="#_Toc1">I- Actualités\t1</a></p>' +
      '<p class="a-suivre-titre">À suivre</p><p class="a-suivre">Premier.</p><p>Hors du cadre.</p>' +
      '<p class="a-suivre-titre">À suivre</p><p class="a-suivre">Second.</p>' +
      '<ol><li id="footnote-1"><p>Mesure 5 : titre <a href="#footnote-ref-1">↑</a></p></li></ol>';
    expect(read(html)).toEqual([
      ['paragraph', 'I- Actualités 1', ''],
      ['paragraph', 'À suivre', 'box-1'],
      ['paragraph', 'Premier.', 'box-1'],
      ['paragraph', 'Hors du cadre.', ''],
      ['paragraph', 'À suivre', 'box-2'],
      ['paragraph', 'Second.', 'box-2'],
    ]);
    expect(readHtml(html)[0]?.tableOfContents).toBe(true);
  });

  it('reads text in a web page’s containers (div, section) as separate paragraphs', () => {
    expect(read('<body><div>Hors la Rue :</div><div>L’association présente son bilan.</div><section>Suite</section></body>')).toEqual([
      ['paragraph', 'Hors la Rue :', ''],
      ['paragraph', 'L’association présente son bilan.', ''],
      ['paragraph', 'Suite', ''],
    ]);
  });
});
