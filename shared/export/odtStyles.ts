import type { LetterPart } from './exportModel';
import { ODF_NAMESPACES, ODF_VERSION, XML_DECLARATION } from './odtNamespaces';

/**
 * The named paragraph styles of the ODT export, by the name content.xml uses. Named (not
 * automatic) styles, so that someone reworking the file in LibreOffice restyles every
 * speaker turn or « À suivre » box at once.
 */
export const odtStyle = {
  body: 'Text_20_body',
  title: 'Title',
  collective: 'Subtitle',
  placeAndDate: 'Lieu_20_et_20_date',
  validation: 'Validation',
  sommaireTitle: 'Contents_20_Heading',
  sommaireEntry: 'Contents_20_1',
  heading1: 'Heading_20_1',
  heading2: 'Heading_20_2',
  speaker: 'Intervenant',
  turn: 'Tour_20_de_20_parole',
  actionItem: 'A_20_suivre',
  actionItemTitle: 'A_20_suivre_20_titre',
  actionItemDetails: 'A_20_suivre_20_details',
  quotation: 'Quotations',
  code: 'Preformatted_20_Text',
  rule: 'Horizontal_20_Line',
  attendance: 'Presences',
  signature: 'Signature',
  footnote: 'Footnote',
  bulletList: 'Puces',
  numberedList: 'Numeros',
} as const;

/** The named paragraph style of each part of a cover letter. */
export const odtLetterStyle: Record<LetterPart, string> = {
  letterhead: 'Lettre_20_en-tete',
  placeAndDate: 'Lettre_20_lieu_20_et_20_date',
  addressee: 'Lettre_20_destinataire',
  object: 'Lettre_20_objet',
  signatory: 'Lettre_20_signataire',
  attachments: 'Lettre_20_pieces_20_jointes',
  copies: 'Lettre_20_copies',
  members: 'Lettre_20_membres',
  contact: 'Lettre_20_contact',
};

interface ParagraphStyle {
  name: string;
  display: string;
  parent: string;
  /** Attributes of `<style:paragraph-properties>`, of `<style:text-properties>`, of the style itself. */
  paragraph?: string;
  /** `<style:tab-stop>` elements of the paragraph properties. */
  tabStops?: string;
  text?: string;
  attributes?: string;
}

const SANS = 'style:font-name="Liberation Sans"';
// The box of an « À suivre »: LibreOffice joins the borders of consecutive paragraphs that
// share them, so the title, the details and the text form one framed box.
const BOX = 'fo:border="0.06pt solid #000000" fo:padding="0.2cm" fo:background-color="#f2f2f2" style:join-border="true"';
const HEADING = 'style:class="text"';

const PARAGRAPH_STYLES: ParagraphStyle[] = [
  { name: 'Text_20_body', display: 'Text body', parent: 'Standard', paragraph: 'fo:margin-bottom="0.21cm" fo:text-align="justify"' },
  { name: 'Title', display: 'Title', parent: 'Standard', paragraph: 'fo:text-align="center" fo:margin-bottom="0.2cm"',
    text: `${SANS} fo:font-size="15pt" fo:font-weight="bold" fo:text-transform="uppercase"` },
  { name: 'Subtitle', display: 'Subtitle', parent: 'Standard', paragraph: 'fo:text-align="center" fo:margin-bottom="0.5cm"',
    text: `${SANS} fo:font-size="12pt" fo:font-weight="bold"` },
  { name: 'Lieu_20_et_20_date', display: 'Lieu et date', parent: 'Standard', paragraph: 'fo:text-align="end" fo:margin-bottom="0.2cm"' },
  { name: 'Validation', display: 'Validation', parent: 'Standard', paragraph: 'fo:text-align="end" fo:margin-bottom="0.4cm"',
    text: 'fo:font-style="italic"' },
  { name: 'Contents_20_Heading', display: 'Contents Heading', parent: 'Standard', paragraph: 'fo:margin-top="0.4cm" fo:margin-bottom="0.2cm"',
    text: `${SANS} fo:font-size="12pt" fo:font-weight="bold"` },
  { name: 'Contents_20_1', display: 'Contents 1', parent: 'Standard', paragraph: 'fo:margin-bottom="0.1cm"',
    // The page number at the right edge of the 17 cm text width, dots leading to it.
    tabStops: '<style:tab-stop style:position="17cm" style:type="right" style:leader-style="dotted" style:leader-text="."/>' },
  { name: 'Heading', display: 'Heading', parent: 'Standard', attributes: HEADING,
    paragraph: 'fo:margin-top="0.5cm" fo:margin-bottom="0.25cm" fo:keep-with-next="always"', text: `${SANS} fo:font-weight="bold"` },
  { name: 'Heading_20_1', display: 'Heading 1', parent: 'Heading', attributes: `style:default-outline-level="1" ${HEADING}`,
    text: 'fo:font-size="13pt"' },
  { name: 'Heading_20_2', display: 'Heading 2', parent: 'Heading', attributes: `style:default-outline-level="2" ${HEADING}`,
    text: 'fo:font-size="11.5pt" style:text-underline-style="solid" style:text-underline-width="auto" style:text-underline-color="font-color"' },
  { name: 'Intervenant', display: 'Intervenant', parent: 'Text_20_body',
    paragraph: 'fo:margin-top="0.3cm" fo:margin-bottom="0.1cm" fo:keep-with-next="always"', text: 'fo:font-weight="bold"' },
  { name: 'Tour_20_de_20_parole', display: 'Tour de parole', parent: 'Text_20_body', paragraph: 'fo:margin-left="0.6cm"' },
  { name: 'A_20_suivre', display: 'À suivre', parent: 'Text_20_body', paragraph: `${BOX} fo:margin-left="0cm" fo:margin-bottom="0cm"` },
  { name: 'A_20_suivre_20_titre', display: 'À suivre — titre', parent: 'A_20_suivre', paragraph: 'fo:keep-with-next="always"',
    text: 'fo:font-weight="bold"' },
  { name: 'A_20_suivre_20_details', display: 'À suivre — détails', parent: 'A_20_suivre', paragraph: 'fo:keep-with-next="always"',
    text: 'fo:font-style="italic"' },
  { name: 'Quotations', display: 'Quotations', parent: 'Text_20_body', paragraph: 'fo:margin-left="1cm" fo:margin-right="1cm"',
    text: 'fo:font-style="italic"' },
  { name: 'Preformatted_20_Text', display: 'Preformatted Text', parent: 'Standard',
    text: 'style:font-name="Liberation Mono" fo:font-size="9.5pt"' },
  { name: 'Horizontal_20_Line', display: 'Horizontal Line', parent: 'Standard',
    paragraph: 'fo:margin-bottom="0.3cm" fo:border-bottom="0.06pt solid #808080" fo:padding="0cm"' },
  { name: 'Presences', display: 'Présences', parent: 'Standard', paragraph: 'fo:margin-bottom="0.05cm"' },
  { name: 'Signature', display: 'Signature', parent: 'Standard', paragraph: 'fo:margin-top="0.8cm"', text: 'fo:font-style="italic"' },
  // A cover letter: place, date, addressee and signatory on the right, as the collective sets them.
  { name: 'Lettre_20_en-tete', display: 'Lettre — en-tête', parent: 'Standard', paragraph: 'fo:margin-bottom="0.8cm"',
    text: `${SANS} fo:font-size="10pt"` },
  { name: 'Lettre_20_lieu_20_et_20_date', display: 'Lettre — lieu et date', parent: 'Standard',
    paragraph: 'fo:text-align="end" fo:margin-bottom="1cm"' },
  { name: 'Lettre_20_destinataire', display: 'Lettre — destinataire', parent: 'Standard',
    paragraph: 'fo:text-align="end" fo:margin-bottom="1.2cm"' },
  { name: 'Lettre_20_objet', display: 'Lettre — objet', parent: 'Standard', paragraph: 'fo:margin-bottom="0.8cm"' },
  { name: 'Lettre_20_signataire', display: 'Lettre — signataire', parent: 'Standard',
    paragraph: 'fo:text-align="end" fo:margin-top="1.2cm" fo:margin-bottom="1cm" fo:keep-together="always"' },
  { name: 'Lettre_20_pieces_20_jointes', display: 'Lettre — pièces jointes', parent: 'Standard', paragraph: 'fo:margin-top="0.4cm"' },
  { name: 'Lettre_20_copies', display: 'Lettre — copies', parent: 'Standard', paragraph: 'fo:margin-top="0.4cm"' },
  { name: 'Lettre_20_membres', display: 'Lettre — associations membres', parent: 'Standard', paragraph: 'fo:margin-top="0.4cm"',
    text: 'fo:font-size="9pt"' },
  { name: 'Lettre_20_contact', display: 'Lettre — contact', parent: 'Standard', paragraph: 'fo:margin-top="0.4cm"',
    text: 'fo:font-size="9pt"' },
  { name: 'Footnote', display: 'Footnote', parent: 'Standard', attributes: 'style:class="extra"',
    paragraph: 'fo:margin-left="0.5cm" fo:text-indent="-0.5cm"', text: 'fo:font-size="9pt"' },
  { name: 'Footer', display: 'Footer', parent: 'Standard', attributes: 'style:class="extra"', paragraph: 'fo:text-align="center"',
    text: `${SANS} fo:font-size="9pt"` },
];

const paragraphPropertiesXml = (paragraph: string | undefined, tabStops: string | undefined): string => {
  if (!paragraph && !tabStops) return '';
  const attributes = paragraph ? ` ${paragraph}` : '';
  return tabStops
    ? `<style:paragraph-properties${attributes}><style:tab-stops>${tabStops}</style:tab-stops></style:paragraph-properties>`
    : `<style:paragraph-properties${attributes}/>`;
};

const paragraphStyleXml = ({ name, display, parent, paragraph, tabStops, text, attributes }: ParagraphStyle): string =>
  `<style:style style:name="${name}" style:display-name="${display}" style:family="paragraph" style:parent-style-name="${parent}"` +
  `${attributes ? ` ${attributes}` : ''}>` +
  `${paragraphPropertiesXml(paragraph, tabStops)}${text ? `<style:text-properties ${text}/>` : ''}</style:style>`;

/** Ten levels of « – » bullets or « 1. » numbers, each level indented a little more. */
const listStyleXml = (name: string, element: 'bullet' | 'number'): string => {
  const levels = Array.from({ length: 10 }, (_, i) => {
    const indent = `${(0.635 * (i + 1)).toFixed(3)}cm`;
    const marker = element === 'bullet' ? 'text:bullet-char="–"' : 'style:num-suffix="." style:num-format="1"';
    return (
      `<text:list-level-style-${element} text:level="${i + 1}" ${marker}>` +
      '<style:list-level-properties text:list-level-position-and-space-mode="label-alignment">' +
      `<style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="${indent}" ` +
      `fo:text-indent="-0.635cm" fo:margin-left="${indent}"/>` +
      `</style:list-level-properties></text:list-level-style-${element}>`
    );
  });
  return `<text:list-style style:name="${name}">${levels.join('')}</text:list-style>`;
};

const STYLES = [
  '<style:default-style style:family="paragraph"><style:paragraph-properties fo:orphans="2" fo:widows="2"/>' +
    '<style:text-properties style:font-name="Liberation Serif" fo:font-size="11pt" fo:language="fr" fo:country="FR"/></style:default-style>',
  '<style:style style:name="Standard" style:family="paragraph" style:class="text"/>',
  ...PARAGRAPH_STYLES.map(paragraphStyleXml),
  listStyleXml(odtStyle.bulletList, 'bullet'),
  listStyleXml(odtStyle.numberedList, 'number'),
  '<text:notes-configuration text:note-class="footnote" style:num-format="1" text:start-value="0" ' +
    'text:footnotes-position="page" text:start-numbering-at="document"/>',
].join('\n');

const fontFace = (name: string, generic: string, pitch: string) =>
  `<style:font-face style:name="${name}" svg:font-family="'${name}'" style:font-family-generic="${generic}" style:font-pitch="${pitch}"/>`;

const FONTS =
  '<office:font-face-decls>' +
  fontFace('Liberation Serif', 'roman', 'variable') +
  fontFace('Liberation Sans', 'swiss', 'variable') +
  fontFace('Liberation Mono', 'modern', 'fixed') +
  '</office:font-face-decls>';

/** A4 with 2 cm margins, and « Page 3 sur 12 » in the footer of every page. */
const PAGE =
  '<office:automatic-styles><style:page-layout style:name="A4">' +
  '<style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" style:print-orientation="portrait" ' +
  'fo:margin-top="2cm" fo:margin-bottom="1.5cm" fo:margin-left="2cm" fo:margin-right="2cm"/>' +
  '<style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.4cm"/></style:footer-style>' +
  '</style:page-layout></office:automatic-styles>' +
  '<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="A4"><style:footer>' +
  '<text:p text:style-name="Footer">Page <text:page-number text:select-page="current">1</text:page-number> sur ' +
  '<text:page-count>1</text:page-count></text:p></style:footer></style:master-page></office:master-styles>';

/** `styles.xml`: the same for every compte-rendu. */
export const odtStylesXml = (): string =>
  `${XML_DECLARATION}<office:document-styles ${ODF_NAMESPACES} office:version="${ODF_VERSION}">` +
  `${FONTS}<office:styles>${STYLES}</office:styles>${PAGE}</office:document-styles>`;
