import { describe, expect, it } from 'vitest';
import { addMention, insertMention, mentionChoices, mentionTrigger } from './mentionTrigger';

const associations = [
  { id: 'a1', name: 'Amicale du Nid' },
  { id: 'a2', name: 'Hors la Rue' },
  { id: 'a3', name: 'AFJ' },
  { id: 'a4', name: 'Comité contre l’esclavage moderne' },
];

describe('mentionTrigger', () => {
  it('opens on « @ » at the start or after a space, with what follows as the query', () => {
    expect(mentionTrigger('@')).toEqual({ query: '', start: 0 });
    expect(mentionTrigger('Voir @Hors la')).toEqual({ query: 'Hors la', start: 5 });
    expect(mentionTrigger('Ligne\n@am')).toEqual({ query: 'am', start: 6 });
  });

  it('does not open inside a word or an e-mail address', () => {
    expect(mentionTrigger('contact@asso.fr')).toBeNull();
    expect(mentionTrigger('Voir Hors')).toBeNull();
  });

  it('closes after two spaces or a line break, when the mention is over', () => {
    expect(mentionTrigger('@AFJ  puis')).toBeNull();
    expect(mentionTrigger('@AFJ\n')).toBeNull();
  });
});

describe('mentionChoices', () => {
  it('finds associations by the starts of their words, ignoring case and accents', () => {
    expect(mentionChoices(associations, 'la rue').map((a) => a.id)).toEqual(['a2']);
    expect(mentionChoices(associations, 'COMITE').map((a) => a.id)).toEqual(['a4']);
    expect(mentionChoices(associations, '').map((a) => a.id)).toEqual(['a1', 'a2', 'a3', 'a4']);
    expect(mentionChoices(associations, 'inconnue')).toEqual([]);
  });

  it('offers at most `limit` choices', () => {
    expect(mentionChoices(associations, '', 2)).toHaveLength(2);
  });
});

describe('insertMention', () => {
  it('replaces the typed query with the full name and puts the caret after it', () => {
    const text = 'Merci @hors pour la suite';
    const caret = 'Merci @hors'.length;
    const trigger = mentionTrigger(text.slice(0, caret));
    expect(trigger).not.toBeNull();
    const result = insertMention(text, trigger!, caret, 'Hors la Rue');
    expect(result.text).toBe('Merci @Hors la Rue pour la suite');
    expect(result.text.slice(0, result.caret)).toBe('Merci @Hors la Rue ');
  });
});

describe('addMention', () => {
  it('keeps each association once, in the order picked', () => {
    const once = addMention([], associations[1]!);
    const twice = addMention(addMention(once, associations[0]!), associations[1]!);
    expect(twice.map((mention) => mention.id)).toEqual(['a2', 'a1']);
  });
});
