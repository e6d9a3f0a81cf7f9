import { describe, expect, it } from 'vitest';
import type { SendingChoice } from '../../shared/api/sending';
import { previewQuery } from './sendingApi';

const choice: SendingChoice = {
  channel: 'email',
  recipients: [{ email: 'cabinet@interieur.minutier.test' }],
  addressee: 'le ministère de l’Intérieur',
  profile: 'external',
  format: 'pdf',
};

describe('previewQuery', () => {
  it('L8: carries the chosen cover letter, so the preview lists it first', () => {
    const params = new URLSearchParams(previewQuery({ ...choice, letterId: 'AbCdEfGhIjKlMnOpQr_-12' }));
    expect(params.get('letterId')).toBe('AbCdEfGhIjKlMnOpQr_-12');
    expect(JSON.parse(params.get('recipients') ?? '')).toEqual(choice.recipients);
  });

  it('D1: asks for no letter when none is chosen', () => {
    expect(new URLSearchParams(previewQuery(choice)).has('letterId')).toBe(false);
  });
});
