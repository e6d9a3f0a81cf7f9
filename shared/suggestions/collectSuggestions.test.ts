import { describe, expect, it } from 'vitest';
import { collectSuggestions } from './collectSuggestions';
import {
  block,
  deletion,
  demoDocument,
  doc,
  HELENE,
  insertion,
  MAGALI,
  paragraph,
  suggestedParagraph,
  suggestionAttr,
  text,
} from './testing/suggestionDocuments';

describe('collectSuggestions', () => {
  it('finds none in the demo compte-rendu', () => {
    expect(collectSuggestions(demoDocument())).toEqual([]);
  });

  it('lists text suggestions in document order with their author and words', () => {
    const suggested = doc(
      paragraph(text('Le '), text('vieux', deletion('d1', MAGALI)), text(' '), text('nouveau', insertion('i1')), text(' Plan')),
    );
    expect(collectSuggestions(suggested)).toEqual([
      { id: 'd1', kind: 'deletion', ...MAGALI, text: 'vieux', from: 4, to: 9 },
      { id: 'i1', kind: 'insertion', ...HELENE, text: 'nouveau', from: 10, to: 17 },
    ]);
  });

  it('merges one id spread over several text nodes and blocks, with the text kind', () => {
    const bold = { type: 'bold' };
    const suggested = doc(
      paragraph(text('Garder '), text('ôter ', deletion('s1')), text('ceci', bold, deletion('s1'))),
      suggestedParagraph(suggestionAttr('s1', 'join'), text('aussi', deletion('s1')), text(' fin')),
    );
    const [only, ...others] = collectSuggestions(suggested);
    expect(others).toEqual([]);
    expect(only).toMatchObject({ id: 's1', kind: 'deletion', text: 'ôter ceci\naussi', from: 8, to: 29 });
  });

  it('describes block suggestions without words in French', () => {
    const suggested = doc(
      paragraph(text('Un')),
      suggestedParagraph(suggestionAttr('s1', 'split'), text('deux')),
      suggestedParagraph(suggestionAttr('s2', 'join', MAGALI), text('trois')),
      block(
        'speakerTurn',
        { id: 't1', organisation: 'CCEM', person: 'M. Soulage', ...suggestionAttr('s3', 'attrs', MAGALI, { organisation: 'AFJ', person: 'M. Soulage' }) },
        paragraph(text('Dit')),
      ),
      block('actionItem', { id: 'a1', ...suggestionAttr('s4', 'insert') }, paragraph()),
    );
    expect(collectSuggestions(suggested).map(({ id, kind, text: description }) => ({ id, kind, description }))).toEqual([
      { id: 's1', kind: 'split', description: 'Nouveau paragraphe' },
      { id: 's2', kind: 'join', description: 'Fusion de paragraphes' },
      { id: 's3', kind: 'attrs', description: 'Attributs modifiés : organisation' },
      { id: 's4', kind: 'insert', description: 'Nouvel encadré « À suivre »' },
    ]);
  });
});
