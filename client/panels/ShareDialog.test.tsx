import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ShareDialog } from './ShareDialog';

const render = (manage: boolean) => renderToStaticMarkup(<ShareDialog documentId="doc" manage={manage} onClose={() => {}} />);
const options = (html: string) => [...html.matchAll(/<option value="([^"]+)"[^>]*>([^<]+)<\/option>/g)].map((m) => [m[1], m[2]]);

describe('ShareDialog', () => {
  it('A12: offers reading, suggesting or editing, never a role of the collective', () => {
    const html = render(true);
    expect(options(html)).toEqual([
      ['read', 'Lecture'],
      ['suggest', 'Suggestion'],
      ['write', 'Modification'],
    ]);
    expect(html).not.toMatch(/Coordination|Secrétariat|Membre|Lecteur/);
  });

  it('A12: only the secretariat and the coordination of the collective get the form', () => {
    const html = render(false);
    expect(options(html)).toEqual([]);
    expect(html).toContain('Seuls le secrétariat et la coordination du collectif modifient les partages.');
  });
});
