import type { LetterPart } from './exportModel';

/** The class of each part of a cover letter, styled below. */
export const HTML_LETTER_CLASSES: Record<LetterPart, string> = {
  letterhead: 'lettre-entete',
  placeAndDate: 'lettre-lieu-date',
  addressee: 'lettre-destinataire',
  object: 'lettre-objet',
  signatory: 'lettre-signataire',
  attachments: 'lettre-pj',
  copies: 'lettre-copies',
  members: 'lettre-membres',
  contact: 'lettre-contact',
};

/**
 * The stylesheet of the HTML export, screen and print. It is also what Chromium prints
 * into the PDF export, so the page box (A4, page numbers in the footer) lives here too.
 */
export const HTML_STYLES = `
:root { color-scheme: light; }
body {
  margin: 0 auto; max-width: 46rem; padding: 2rem 1.5rem;
  font: 11.5pt/1.5 'Liberation Serif', 'Times New Roman', serif, 'Noto Color Emoji'; color: #1b1b1b; background: #fff;
  /* A URL, a hash or a pasted word longer than the line breaks anywhere rather than run past
     the edge: Chromium would otherwise shrink every PDF page to fit it, and cut it anyway. */
  overflow-wrap: anywhere;
}
/* pre-wrap keeps the space where a heading wraps in the text Chromium makes its PDF bookmarks
   from (« novembre 2013 », not « novembre2013 »). */
h1, h2, h3 {
  font-family: 'Liberation Sans', Arial, sans-serif, 'Noto Color Emoji'; line-height: 1.25; break-after: avoid; white-space: pre-wrap;
}
h1 { font-size: 1.45rem; text-align: center; text-transform: uppercase; margin: 0 0 0.4rem; }
h2 { font-size: 1.12rem; margin: 1.8rem 0 0.6rem; }
h3 { font-size: 1rem; margin: 1.2rem 0 0.4rem; text-decoration: underline; }
.entete { margin-bottom: 1.5rem; }
.collectif { text-align: center; font-weight: bold; margin: 0 0 1rem; }
main ul { list-style-type: '–  '; }
.lieu-date { text-align: right; margin: 0.5rem 0; }
.validation { text-align: right; font-style: italic; margin: 0.5rem 0; }
.version-validee { font-size: 0.85em; }
.sommaire ul { list-style: none; padding-left: 0; }
.sommaire a { color: inherit; text-decoration: none; display: flex; align-items: last baseline; gap: 0.5em; }
.titre-sommaire { flex: 1; min-width: 0; }
/* As wide empty as filled: see sommairePages. */
.page-sommaire { flex: none; width: 3em; text-align: right; }
.tour-de-parole { margin: 0.9rem 0; }
.tour-de-parole > p { margin: 0.3rem 0 0.3rem 1.2rem; }
.tour-de-parole > p.intervenant { margin-left: 0; font-weight: bold; break-after: avoid; }
.intervenant .detail { font-weight: normal; }
.a-suivre { margin: 1.2rem 0; padding: 0.6rem 1rem; border: 1.5pt solid #1b1b1b; break-inside: avoid; }
.a-suivre p { margin: 0.3rem 0; }
.a-suivre-titre { font-weight: bold; }
.a-suivre-details { font-style: italic; }
.section-marquee { margin: 1.2rem 0; }
.mesure { text-decoration: underline dotted; }
.appel-note a { text-decoration: none; }
.presences ul { list-style: none; padding-left: 0; margin: 0.3rem 0; }
.signature { margin-top: 2rem; font-style: italic; }
.notes { margin-top: 2rem; border-top: 1px solid #888; font-size: 0.9em; }
.notes h2 { font-size: 1rem; }
blockquote { margin: 0.8rem 1.5rem; font-style: italic; }
/* A cover letter: place, date, addressee and signatory on the right, as the collective sets them. */
.lettre-entete { margin: 0 0 1.5rem; font-family: 'Liberation Sans', Arial, sans-serif; font-size: 0.9em; }
.lettre-lieu-date { text-align: right; margin: 0 0 2rem; }
.lettre-destinataire { text-align: right; margin: 0 0 2.5rem; }
.lettre-objet { margin: 0 0 1.5rem; }
/* The object is the letter's heading (see renderHtml), set as the text around it. */
h1.lettre-objet { font: inherit; text-align: left; text-transform: none; white-space: normal; }
.lettre-signataire { text-align: right; margin: 2.5rem 0 2rem; break-inside: avoid; }
.lettre-pj, .lettre-copies { margin: 1rem 0 0; }
.lettre-membres, .lettre-contact { margin: 1rem 0 0; font-size: 0.85em; }
pre { white-space: pre-wrap; font-size: 0.9em; }
a { color: #1d4f91; }
@page {
  size: A4; margin: 2cm 2cm 2.4cm;
  @bottom-center { content: "Page " counter(page) " sur " counter(pages); font: 9pt 'Liberation Sans', Arial, sans-serif; color: #555; }
}
@media screen {
  .page-sommaire { display: none; }
}
@media print {
  body { max-width: none; padding: 0; font-size: 11pt; }
  a { color: inherit; }
  /* A link back to the text means nothing on paper. */
  .retour-note { display: none; }
}
`;
