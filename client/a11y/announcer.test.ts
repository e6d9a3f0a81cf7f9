import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CLEAR_BEFORE_SET_MS, MAX_SENTENCES_TOGETHER, createAnnouncer, type AnnouncementTarget } from './announcer';

describe('createAnnouncer', () => {
  let region: AnnouncementTarget;
  beforeEach(() => {
    vi.useFakeTimers();
    region = { textContent: '' };
  });
  afterEach(() => vi.useRealTimers());

  it('empties the region, then writes the text a moment later', () => {
    const announce = createAnnouncer(() => region);
    region.textContent = 'Connexion perdue.';
    announce('Connexion rétablie.');
    expect(region.textContent).toBe('');
    vi.advanceTimersByTime(CLEAR_BEFORE_SET_MS);
    expect(region.textContent).toBe('Connexion rétablie.');
  });

  it('says the same sentence again: the region goes through empty, which screen readers hear as a change', () => {
    const announce = createAnnouncer(() => region);
    const seen: Array<string | null> = [];
    announce('Marie Martin (Hors la Rue) a rejoint le document.');
    vi.advanceTimersByTime(CLEAR_BEFORE_SET_MS);
    seen.push(region.textContent);
    announce('Marie Martin (Hors la Rue) a rejoint le document.');
    seen.push(region.textContent);
    vi.advanceTimersByTime(CLEAR_BEFORE_SET_MS);
    seen.push(region.textContent);
    expect(seen).toEqual(['Marie Martin (Hors la Rue) a rejoint le document.', '', 'Marie Martin (Hors la Rue) a rejoint le document.']);
  });

  it('reads texts announced in the same moment together, in order, none lost', () => {
    const announce = createAnnouncer(() => region);
    announce('Le compte-rendu est passé en relecture.');
    announce('  ');
    announce('Hors la Rue a approuvé le texte.');
    vi.advanceTimersByTime(CLEAR_BEFORE_SET_MS);
    expect(region.textContent).toBe('Le compte-rendu est passé en relecture. Hors la Rue a approuvé le texte.');
    announce('Connexion perdue.');
    vi.advanceTimersByTime(CLEAR_BEFORE_SET_MS);
    expect(region.textContent).toBe('Connexion perdue.');
  });

  it('a flood of announcements (a hostile colleague’s presence, 30 a second) is still heard, briefly: the newest sentences, once each', () => {
    const announce = createAnnouncer(() => region);
    const heard: Array<string | null> = [];
    for (let tick = 0; tick < 300; tick++) {
      announce(`Eve (Collectif) a accepté ${(tick % 7) + 1} suggestions.`);
      announce('Eve (Collectif) a accepté 1 suggestions.');
      vi.advanceTimersByTime(33);
      if (region.textContent) heard.push(region.textContent);
    }
    vi.advanceTimersByTime(CLEAR_BEFORE_SET_MS);
    // Heard during the flood, not only after it, and never more than a few sentences at once.
    expect(heard.length).toBeGreaterThan(10);
    for (const text of heard) expect(text!.split('. ').length).toBeLessThanOrEqual(MAX_SENTENCES_TOGETHER);
  });
});
