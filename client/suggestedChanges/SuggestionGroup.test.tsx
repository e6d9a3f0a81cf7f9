import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { Suggestion } from '../../shared/suggestions/suggestion';
import { SuggestionGroup } from './SuggestionGroup';

const helene = { userId: 'u-helene', author: 'Hélène De Rugy', association: 'Amicale du Nid' };
const suggestions: Suggestion[] = [
  { id: 's1', kind: 'insertion', text: 'en janvier', from: 10, to: 20, ...helene },
  { id: 's2', kind: 'split', text: 'Nouveau paragraphe', from: 30, to: 40, ...helene, userId: 'u-other', author: 'Léa Martin' },
];

const render = (canDecide: boolean, userId: string) =>
  renderToStaticMarkup(
    <SuggestionGroup
      group={{ association: 'Amicale du Nid', suggestions }}
      canDecide={canDecide}
      userId={userId}
      disabled={false}
      onSelect={() => {}}
      onDecide={() => {}}
    />,
  );

const count = (html: string, text: string) => html.split(text).length - 1;

describe('SuggestionGroup', () => {
  it('offers the secretariat to accept or refuse each suggestion and all of the association', () => {
    const html = render(true, 'u-secretariat');
    expect(html).toContain('aria-label="Tout accepter d’Amicale du Nid"');
    expect(html).toContain('aria-label="Tout refuser d’Amicale du Nid"');
    expect(count(html, '>Accepter<')).toBe(2);
    expect(count(html, '>Refuser<')).toBe(2);
    expect(html).not.toContain('>Annuler<');
  });

  it('lets a member withdraw only their own suggestions, and decide nothing', () => {
    const html = render(false, 'u-helene');
    expect(html).not.toContain('Tout accepter');
    expect(html).not.toContain('>Accepter<');
    expect(count(html, '>Annuler<')).toBe(1);
    expect(html).toContain('aria-label="Annuler ma suggestion : Ajout «\u00a0en janvier\u00a0» d’Hélène De Rugy (Amicale du Nid)"');
  });

  it('names the kind, the words and the author of each suggestion', () => {
    const html = render(false, 'u-reader');
    expect(html).toContain('Ajout');
    expect(html).toContain('en janvier');
    expect(html).toContain('Léa Martin (Amicale du Nid)');
    expect(html).not.toContain('>Annuler<');
  });

  it('does not repeat a block change whose description is its kind', () => {
    const html = render(false, 'u-reader');
    expect(count(html, 'Nouveau paragraphe')).toBe(1);
    expect(html).toContain('Nouveau paragraphe</span> <span class="suggestion-item__author">de Léa Martin (Amicale du Nid)</span>');
  });
});
