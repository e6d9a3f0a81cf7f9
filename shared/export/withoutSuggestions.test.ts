import { describe, expect, it } from 'vitest';
import { withoutSuggestions } from './withoutSuggestions';

const by = { userId: 'u1', author: 'Martina Andreeva', association: 'Hors la Rue' };
const comment = { type: 'comment', attrs: { threadId: 'fil' } };

describe('withoutSuggestions', () => {
  it('C4: rejects every pending suggestion and keeps comment anchors', () => {
    const body = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'Texte adopté', marks: [comment] },
            { type: 'text', text: ' ajout proposé', marks: [{ type: 'insertion', attrs: { id: 's1', ...by } }] },
            { type: 'text', text: ' suppression proposée', marks: [{ type: 'deletion', attrs: { id: 's2', ...by } }] },
          ],
        },
        { type: 'paragraph', attrs: { suggestion: { id: 's3', kind: 'insert', ...by } }, content: [{ type: 'text', text: 'Nouveau' }] },
      ],
    };
    const base = JSON.stringify(withoutSuggestions(body));
    expect(base).toContain('Texte adopté');
    expect(base).toContain('"threadId":"fil"');
    expect(base).toContain(' suppression proposée');
    expect(base).not.toMatch(/ajout proposé|Nouveau|"insertion"|"deletion"/);
  });

  it('returns a body without suggestions as it is', () => {
    const body = { type: 'doc', content: [{ type: 'paragraph', attrs: { suggestion: null }, content: [{ type: 'text', text: 'Rien' }] }] };
    expect(withoutSuggestions(body)).toBe(body);
  });
});
