import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ReadOnlyDocument, speakerLine } from './ReadOnlyDocument';

const paragraph = (...content: unknown[]) => ({ type: 'paragraph', content });
const text = (value: string, marks?: unknown[]) => ({ type: 'text', text: value, ...(marks ? { marks } : {}) });
const render = (...content: unknown[]) => renderToStaticMarkup(<ReadOnlyDocument content={{ type: 'doc', content }} />);

describe('ReadOnlyDocument', () => {
  it('renders speaker turns with who speaks, and measure references as they read', () => {
    const html = render({
      type: 'speakerTurn',
      attrs: { id: 't1', organisation: 'Hors la Rue', person: 'Martina Andreeva', role: '' },
      content: [paragraph(text('La '), { type: 'measureRef', attrs: { plan: 'pan', number: 22, item: '' } }, text(' avance.'))],
    });
    expect(html).toContain('<p class="review-turn__speaker">Hors la Rue (Martina Andreeva)</p>');
    expect(html).toContain('<span class="review-measure">mesure 22</span>');
  });

  it('renders À suivre boxes with their owners, due date and state', () => {
    const html = render({
      type: 'actionItem',
      attrs: { id: 'a1', owners: ['CCEM', 'Amicale du Nid'], due: 'mars 2014', status: 'done' },
      content: [paragraph(text('Envoyer le bilan.'))],
    });
    expect(html).toContain('data-status="done"');
    expect(html).toContain('À suivre · CCEM, Amicale du Nid · échéance mars 2014 · fait');
  });

  it('writes an À suivre due day in French, never as AAAA-MM-JJ (issue 15, point 21)', () => {
    const html = render({
      type: 'actionItem',
      attrs: { id: 'a2', owners: ['CCEM'], due: '2014-01-31', status: 'open' },
      content: [paragraph(text('Relancer la préfecture.'))],
    });
    expect(html).toContain('À suivre · CCEM · échéance 31 janvier 2014');
    expect(html).not.toContain('2014-01-31');
  });

  it('renders headings below the viewer and document titles, lists, marks and marked sections', () => {
    const html = render(
      { type: 'heading', attrs: { level: 2 }, content: [text('Actualités')] },
      { type: 'bulletList', content: [{ type: 'listItem', content: [paragraph(text('gras', [{ type: 'bold' }]))] }] },
      { type: 'markedSection', attrs: { kind: 'nextMeetings' }, content: [paragraph(text('Le 17 février.'))] },
    );
    expect(html).toContain('<h4>Actualités</h4>');
    expect(html).toContain('<ul><li><p><strong>gras</strong></p></li></ul>');
    expect(html).toContain('Prochaines réunions');
  });

  it('never turns a script URL into a link', () => {
    const html = render(paragraph(text('piège', [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }])));
    expect(html).not.toContain('<a');
    expect(render(paragraph(text('site', [{ type: 'link', attrs: { href: 'https://example.org' } }])))).toContain(
      'href="https://example.org"',
    );
  });

  it('names the speaker by role when no organisation is given', () => {
    expect(speakerLine({ organisation: '', person: '', role: 'Ministre des Droits des femmes' })).toBe(
      'Ministre des Droits des femmes',
    );
    expect(speakerLine({ organisation: 'MIPROF', person: 'Élisabeth Moiron-Braud', role: 'secrétaire générale' })).toBe(
      'MIPROF (Élisabeth Moiron-Braud), secrétaire générale',
    );
  });
});
