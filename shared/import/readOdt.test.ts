import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readOdt } from './readOdt';

const NS =
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" ' +
  'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" ' +
  'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"';

/** An .odt as LibreOffice saves one after editing: automatic styles based on named ones. */
function odt(body: string, automatic = '', styles = ''): Uint8Array {
  const content = `<?xml version="1.0" encoding="UTF-8"?><office:document-content ${NS}><office:automatic-styles>${automatic}</office:automatic-styles><office:body><office:text>${body}</office:text></office:body></office:document-content>`;
  const stylesXml = `<?xml version="1.0" encoding="UTF-8"?><office:document-styles ${NS}><office:styles>${styles}</office:styles></office:document-styles>`;
  return zipSync({ mimetype: strToU8('application/vnd.oasis.opendocument.text'), 'content.xml': strToU8(content), 'styles.xml': strToU8(stylesXml) });
}

describe('readOdt', () => {
  const read = (bytes: Uint8Array) => readOdt(bytes).map((block) => [block.style.kind, block.text, block.container ?? '']);

  it('reads headings, paragraphs, emphasis, spaces, numbered lists and tables; notes, the index and annotations left out', () => {
    const automatic =
      '<style:style style:name="T1" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>' +
      '<text:list-style style:name="L1"><text:list-level-style-number text:level="1"/></text:list-style>';
    const body =
      '<text:table-of-content><text:index-body><text:p>I- Actualités<text:tab/>1</text:p></text:index-body></text:table-of-content>' +
      '<text:p text:style-name="Title">Compte-rendu de la réunion du 3 mars 2014</text:p>' +
      '<text:h text:outline-level="1">I- Actualités</text:h>' +
      '<text:p><text:span text:style-name="T1">Hors la Rue</text:span> :<text:s text:c="2"/>texte &amp; suite' +
      '<text:note text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body><text:p>Note</text:p></text:note-body></text:note>.</text:p>' +
      '<office:annotation><text:p>Commentaire</text:p></office:annotation>' +
      '<text:list text:style-name="L1"><text:list-item><text:p>un</text:p></text:list-item><text:list-item><text:p>deux</text:p></text:list-item></text:list>' +
      '<table:table><table:table-header-rows><table:table-row><table:table-cell><text:p>Organisation</text:p></table:table-cell><table:table-cell><text:p>Personnes</text:p></table:table-cell></table:table-row></table:table-header-rows>' +
      '<table:table-row><table:table-cell><text:p>Amicale du Nid</text:p></table:table-cell><table:table-cell><text:p>Hélène De Rugy</text:p></table:table-cell></table:table-row></table:table>';
    expect(read(odt(body, automatic))).toEqual([
      ['heading', 'Compte-rendu de la réunion du 3 mars 2014', ''],
      ['heading', 'I- Actualités', ''],
      ['paragraph', 'Hors la Rue : texte & suite.', ''],
      ['listItem', 'un', ''],
      ['listItem', 'deux', ''],
      ['paragraph', 'Amicale du Nid : Hélène De Rugy', ''],
    ]);
    const blocks = readOdt(odt(body, automatic));
    expect(blocks[2]?.runs[0]).toEqual({ text: 'Hors la Rue', bold: true });
    expect(blocks[3]?.style).toEqual({ kind: 'listItem', ordered: true, number: 1 });
  });

  it('keeps the styles of Minutier’s export through LibreOffice’s automatic styles: « À suivre » box, speaker’s label', () => {
    const automatic =
      '<style:style style:name="P1" style:family="paragraph" style:parent-style-name="A_20_suivre_20_titre"/>' +
      '<style:style style:name="P2" style:family="paragraph" style:parent-style-name="Intervenant"/>';
    const body =
      '<text:p text:style-name="P2">Hors la Rue :</text:p><text:p text:style-name="Tour_20_de_20_parole">Texte.</text:p>' +
      '<text:p text:style-name="P1">À suivre</text:p><text:p text:style-name="A_20_suivre_20_details">Échéance : 31 janvier 2014</text:p>' +
      '<text:p text:style-name="A_20_suivre">Faire le point.</text:p><text:p>Après.</text:p>';
    expect(read(odt(body, automatic))).toEqual([
      ['paragraph', 'Hors la Rue :', ''],
      ['paragraph', 'Texte.', ''],
      ['paragraph', 'À suivre', 'box-1'],
      ['paragraph', 'Échéance : 31 janvier 2014', 'box-1'],
      ['paragraph', 'Faire le point.', 'box-1'],
      ['paragraph', 'Après.', ''],
    ]);
    expect(readOdt(odt(body, automatic))[0]?.speakerLabel).toBe(true);
  });

  it('throws on what is no OpenDocument text', () => {
    expect(() => readOdt(strToU8('pas un zip'))).toThrow();
    expect(() => readOdt(zipSync({ 'autre.xml': strToU8('<a/>') }))).toThrow();
  });
});
