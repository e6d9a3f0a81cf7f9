import { describe, expect, it } from 'vitest';
import { renderHtml } from './renderHtml';
import { sommaireTargets, withSommairePages } from './sommairePages';
import { sampleMinutes } from './testing/sampleMinutes';

describe('sommaire page slots of the HTML page the PDF is printed from', () => {
  const html = renderHtml(sampleMinutes('internal'));

  it('leaves one empty slot per sommaire entry, in order', () => {
    expect(sommaireTargets(html)).toEqual(['section-1', 'section-2', 'section-3', 'section-4']);
  });

  it('fills the slots with the pages it is given, and leaves the rest of the page as it was', () => {
    const filled = withSommairePages(html, new Map([['section-1', 2], ['section-2', 3], ['section-4', 12]]));
    expect(filled).toContain('<span class="page-sommaire" data-cible="section-1">2</span>');
    expect(filled).toContain('<span class="page-sommaire" data-cible="section-4">12</span>');
    expect(filled).toContain('<span class="page-sommaire" data-cible="section-3"></span>');
    const end = html.indexOf('</nav>');
    expect(filled.slice(filled.indexOf('</nav>'))).toBe(html.slice(end));
    expect(withSommairePages('<p>sans sommaire</p>', new Map([['section-1', 1]]))).toBe('<p>sans sommaire</p>');
  });
});
