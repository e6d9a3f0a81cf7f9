import { describe, expect, it } from 'vitest';
import { createMinutesSchema } from '../../shared/api/minutes';
import { capitalize, fieldErrors } from './fieldErrors';

describe('fieldErrors', () => {
  it('keys the first message of each field by its path, capitalised', () => {
    const result = createMinutesSchema.safeParse({ meta: { title: '  ', meetingDate: '22/11/2013' } });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(fieldErrors(result.error)).toEqual({
      'meta.title': 'Le titre est obligatoire',
      'meta.meetingDate': 'Date attendue au format AAAA-MM-JJ',
    });
  });

  it('reports only the fields that are wrong', () => {
    const result = createMinutesSchema.safeParse({ meta: { title: 'Réunion du Collectif', meetingDate: '22/11/2013' } });
    if (result.success) throw new Error('expected a validation error');
    expect(Object.keys(fieldErrors(result.error))).toEqual(['meta.meetingDate']);
  });
});

describe('capitalize', () => {
  it('capitalises accented initials too', () => {
    expect(capitalize('édition impossible')).toBe('Édition impossible');
    expect(capitalize('')).toBe('');
  });
});
