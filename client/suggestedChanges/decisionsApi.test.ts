import { describe, expect, it } from 'vitest';
import { suggestionDecisionSchema } from '../../shared/api/suggestionDecisions';
import type { Suggestion } from '../../shared/suggestions/suggestion';
import { decisionRequest } from './decisionsApi';

const suggestion = (text: string): Suggestion => ({
  id: 's1',
  kind: 'insertion',
  userId: 'u1',
  author: 'Hélène De Rugy',
  association: 'Amicale du Nid',
  text,
  from: 3,
  to: 3 + text.length,
});

describe('decisionRequest', () => {
  it('sends who proposed what, without positions, in the shape the route validates', () => {
    const body = decisionRequest('accept', [suggestion('en janvier')]);
    expect(body).toEqual({
      decision: 'accept',
      suggestions: [
        { id: 's1', kind: 'insertion', userId: 'u1', author: 'Hélène De Rugy', association: 'Amicale du Nid', text: 'en janvier' },
      ],
    });
    expect(suggestionDecisionSchema.safeParse(body).success).toBe(true);
  });

  it('shortens a very long text so that the route still accepts it', () => {
    const body = decisionRequest('reject', [suggestion('a'.repeat(5000))]);
    expect(body.suggestions[0]!.text).toHaveLength(2000);
    expect(suggestionDecisionSchema.safeParse(body).success).toBe(true);
  });
});
