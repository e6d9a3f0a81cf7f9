/**
 * Page numbers of the sommaire in the PDF export. The HTML page leaves an empty slot after
 * each entry; the PDF printer prints once, reads on which page each section starts and
 * fills the slots before printing again (Chromium does not support CSS target-counter).
 * The slot keeps the same width empty or filled, so the second print breaks pages as the
 * first did.
 */

const SLOT_CLASS = 'page-sommaire';

/** The empty slot after the sommaire entry of the section whose anchor is `target`. */
export const sommairePageSlot = (target: string): string => `<span class="${SLOT_CLASS}" data-cible="${target}"></span>`;

const SLOT = new RegExp(`<span class="${SLOT_CLASS}" data-cible="([\\w-]+)"></span>`, 'g');

/** Where the sommaire ends: the slots are all before, so the (long) rest of the page is never scanned. */
const sommaireEnd = (html: string): number => {
  const start = html.indexOf('<nav class="sommaire"');
  return start < 0 ? -1 : html.indexOf('</nav>', start);
};

/** The anchors the sommaire's slots wait for, in order. */
export function sommaireTargets(html: string): string[] {
  const end = sommaireEnd(html);
  return end < 0 ? [] : [...html.slice(0, end).matchAll(SLOT)].map((match) => match[1] ?? '');
}

/** The page with each slot filled with its section's page; a section whose page is unknown keeps an empty slot. */
export function withSommairePages(html: string, pages: ReadonlyMap<string, number>): string {
  const end = sommaireEnd(html);
  if (end < 0) return html;
  const filled = html
    .slice(0, end)
    .replace(SLOT, (slot, target: string) => {
      const page = pages.get(target);
      return page === undefined ? slot : `<span class="${SLOT_CLASS}" data-cible="${target}">${page}</span>`;
    });
  return filled + html.slice(end);
}
