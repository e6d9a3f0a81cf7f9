import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readBodyContent, writeBodyContent } from './bodyContent';

const paragraph = (text: string, attrs?: Record<string, unknown>) => ({
  type: 'paragraph',
  ...(attrs ? { attrs } : {}),
  content: [{ type: 'text', text }],
});

describe('body JSON across the schema 3 upgrade', () => {
  it('W3: a body without suggestions reads back exactly as written before schema 3, so version hashes hold', () => {
    const body = { type: 'doc', content: [paragraph('Le projet Resiland débute.')] };
    const doc = new Y.Doc();
    writeBodyContent(doc, body);
    expect(readBodyContent(doc)).toEqual(body);
  });

  it('keeps a block suggestion when there is one', () => {
    const suggestion = { id: 's1', kind: 'split', userId: 'u1', author: 'Hélène', association: 'Amicale du Nid' };
    const body = { type: 'doc', content: [paragraph('Un.'), paragraph('Deux.', { suggestion })] };
    const doc = new Y.Doc();
    writeBodyContent(doc, body);
    expect(readBodyContent(doc)).toEqual(body);
  });

  it('W3, M9: an « À suivre » written before schema 5 reads back without origins, so its version hashes hold; a carried one keeps them', () => {
    const item = (attrs: Record<string, unknown>) => ({ type: 'actionItem', attrs: { id: 'a1', owners: ['Hors la Rue'], due: '', status: 'open', ...attrs }, content: [paragraph('Relancer la Ministre.')] });
    const before = { type: 'doc', content: [item({})] };
    const carried = { type: 'doc', content: [item({ originDocument: 'AbCdEfGhIjKlMnOpQr_-12', originItem: 'a1' })] };
    for (const body of [before, carried]) {
      const doc = new Y.Doc();
      writeBodyContent(doc, body);
      expect(readBodyContent(doc)).toEqual(body);
    }
  });
});
