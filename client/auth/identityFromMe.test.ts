import { describe, expect, it } from 'vitest';
import type { MeResponse } from '../../shared/api/auth';
import { identityFromMe } from './identityFromMe';

const me = (user: Partial<MeResponse['user']>, collectiveName = 'Ensemble contre la traite'): MeResponse => ({
  user: { id: 'u', email: 'a@b.fr', name: 'Hélène De Rugy', role: 'member', associationId: 'a', associationName: 'Amicale du Nid', ...user },
  collective: { id: 'c', name: collectiveName },
  csrfToken: 't',
});

describe('identityFromMe', () => {
  it('takes the account name and association', () => {
    expect(identityFromMe(me({}))).toEqual({ name: 'Hélène De Rugy', association: 'Amicale du Nid' });
  });

  it('names the collective for someone outside any association', () => {
    expect(identityFromMe(me({ associationId: null, associationName: null }))).toEqual({
      name: 'Hélène De Rugy',
      association: 'Ensemble contre la traite',
    });
    expect(identityFromMe(me({ associationId: null, associationName: null }, '')).association).toBe('Sans association');
  });

  it('keeps a long name and association within what a caret label shows', () => {
    const long = identityFromMe(me({ name: 'N'.repeat(120), associationName: 'A'.repeat(200) }));
    expect(long.name).toHaveLength(80);
    expect(long.association).toHaveLength(120);
  });
});
