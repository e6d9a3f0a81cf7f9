/**
 * The page's one polite live region: short French sentences about what changed without the
 * reader's doing (a colleague arrived, the connection is back, a status moved). Screen readers
 * announce a live region's new text; the region itself is visually hidden.
 */

/** What an announcement writes into: the live region, or a stand-in in tests. */
export interface AnnouncementTarget {
  textContent: string | null;
}

/**
 * The region is emptied first and filled a moment later, so that a text identical to the
 * previous one is still a change a screen reader hears. Texts announced within that moment
 * are read together, in order, rather than the last one replacing the others.
 */
export const CLEAR_BEFORE_SET_MS = 150;

/**
 * At most this many sentences are read together, the newest: a colleague's presence can
 * change 30 times a second (R22), and a flood of it must not keep the region silent, nor
 * pile up a text nobody could listen to.
 */
export const MAX_SENTENCES_TOGETHER = 3;

export type Announce = (text: string) => void;

export function createAnnouncer(target: () => AnnouncementTarget): Announce {
  let pending: string[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  return (text) => {
    const sentence = text.trim();
    if (sentence === '' || pending.includes(sentence)) return;
    pending.push(sentence);
    if (pending.length > MAX_SENTENCES_TOGETHER) pending.shift();
    // Already emptied and waiting: the new sentence joins the coming text, which is not put off.
    if (timer !== undefined) return;
    const region = target();
    region.textContent = '';
    timer = setTimeout(() => {
      timer = undefined;
      region.textContent = pending.join(' ');
      pending = [];
    }, CLEAR_BEFORE_SET_MS);
  };
}

let region: HTMLElement | null = null;

/**
 * The region, created on first use at the end of `<body>`, outside React: every page that
 * announces shares it, and it survives the pages' re-renders. Hooks that announce call this
 * when they mount, so the region is in the page before its first text (screen readers ignore
 * a live region inserted together with its text).
 */
export function liveRegion(): HTMLElement {
  if (region?.isConnected) return region;
  region = document.createElement('div');
  region.setAttribute('role', 'status');
  region.setAttribute('aria-live', 'polite');
  region.setAttribute('aria-atomic', 'true');
  region.className = 'visually-hidden';
  region.dataset.testid = 'announcer';
  document.body.append(region);
  return region;
}

/** Says `text` through the page's live region. */
export const announce: Announce = createAnnouncer(liveRegion);
