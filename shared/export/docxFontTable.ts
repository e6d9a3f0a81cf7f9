/**
 * `word/fontTable.xml` of the DOCX export: the fonts its styles use, with what Word and
 * LibreOffice need to pick a substitute where a font is missing (the metric-compatible
 * Microsoft font, PANOSE class, family and pitch). docx writes this part empty unless fonts
 * are embedded, so it is given whole.
 */

interface FontEntry {
  name: string;
  /** The font with the same metrics on Windows, so that lines break in the same places. */
  altName: string;
  panose: string;
  family: 'roman' | 'swiss' | 'modern';
  pitch: 'variable' | 'fixed';
}

/** The fonts of the DOCX export: text, headings, code. */
export const DOCX_FONTS = { serif: 'Liberation Serif', sans: 'Liberation Sans', mono: 'Liberation Mono' } as const;

const FONTS: FontEntry[] = [
  { name: DOCX_FONTS.serif, altName: 'Times New Roman', panose: '02020603050405020304', family: 'roman', pitch: 'variable' },
  { name: DOCX_FONTS.sans, altName: 'Arial', panose: '020B0604020202020204', family: 'swiss', pitch: 'variable' },
  { name: DOCX_FONTS.mono, altName: 'Courier New', panose: '02070409020205020404', family: 'modern', pitch: 'fixed' },
];

const fontXml = ({ name, altName, panose, family, pitch }: FontEntry): string =>
  `<w:font w:name="${name}"><w:altName w:val="${altName}"/><w:panose1 w:val="${panose}"/><w:charset w:val="00"/>` +
  `<w:family w:val="${family}"/><w:pitch w:val="${pitch}"/></w:font>`;

export const DOCX_FONT_TABLE = {
  path: 'word/fontTable.xml',
  data:
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
    `${FONTS.map(fontXml).join('')}</w:fonts>`,
};
