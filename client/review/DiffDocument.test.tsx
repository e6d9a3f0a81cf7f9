import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { diffDocuments } from '../../shared/review/diffDocuments';
import { DiffChangeList } from './DiffChangeList';
import { DiffDocument } from './DiffDocument';
import { measureTitles } from './measureNames';

const paragraph = (...content: unknown[]) => ({ type: 'paragraph', content });
const text = (value: string) => ({ type: 'text', text: value });
const turn = (id: string, organisation: string, ...content: unknown[]) => ({
  type: 'speakerTurn',
  attrs: { id, organisation, person: '', role: '' },
  content: [paragraph(...content)],
});
const measure = { type: 'measureRef', attrs: { plan: 'pan-teh', number: 22, item: '' } };

const before = { type: 'doc', content: [turn('t1', 'Hors la Rue', text('Le projet débute.')), turn('t2', 'Amicale du Nid', text('Un état des lieux.'))] };
const after = {
  type: 'doc',
  content: [
    turn('t1', 'Hors la Rue', text('Le projet débute.')),
    turn('t2', 'Amicale du Nid', text('Un état des lieux complet, voir la '), measure, text('.')),
    paragraph(text('Prochaine réunion en mars.')),
  ],
};
const diff = diffDocuments(before, after);

describe('DiffDocument', () => {
  it('W2: marks insertions with <ins> and a hidden « ajouté », in the changed speaker turn', () => {
    const html = renderToStaticMarkup(<DiffDocument blocks={diff.blocks} idPrefix="d" />);
    expect(html).toContain('<p class="review-turn__speaker">Amicale du Nid<span class="review-diff-badge">modifié</span></p>');
    expect(html).toMatch(/<ins class="review-diff-insert"><span class="visually-hidden">\[ajouté : <\/span> complet/);
    expect(html).toContain('id="d-block-2"');
    expect(html).toContain('data-status="added"');
  });

  it('marks deletions with <del> and a hidden « supprimé »', () => {
    const html = renderToStaticMarkup(<DiffDocument blocks={diffDocuments(after, before).blocks} idPrefix="d" />);
    expect(html).toMatch(/<del class="review-diff-delete"><span class="visually-hidden">\[supprimé : <\/span>Prochaine réunion en mars\./);
  });
});

describe('DiffChangeList', () => {
  it('W2: names the changed blocks by what they are, and their measures by registry title', () => {
    const titles = measureTitles([{ id: 'pan-teh', title: 'Plan', measures: [{ number: 22, title: 'Coordination départementale' }] }]);
    const html = renderToStaticMarkup(<DiffChangeList blocks={diff.blocks} titles={titles} onShow={() => {}} />);
    expect(html).toContain('Tour de parole — Amicale du Nid</button> <span class="review-change-status">(modifié)</span>');
    expect(html).toContain('<li>mesure 22 — Coordination départementale</li>');
    expect(html).toContain('Paragraphe « Prochaine réunion en mars. »</button> <span class="review-change-status">(ajouté)</span>');
    expect(html).not.toContain('Hors la Rue');
  });
});
