import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { MinutesDocument } from '../../shared/api/minutes';
import { ValidationStatement } from './ValidationStatement';

const validation = (note: string | null) =>
  ({
    meetingDate: '2014-02-17',
    note,
    versionId: 'v1',
    validatedAt: '2014-02-17T18:00:00.000Z',
  }) as NonNullable<MinutesDocument['validation']>;

const render = (value: MinutesDocument['validation']) => renderToStaticMarkup(<ValidationStatement validation={value} />);
const text = (html: string) => html.replace(/<[^>]+>/g, '');

describe('ValidationStatement', () => {
  it('W13: states the validation at the top of a validated compte-rendu, dated in French, with its note', () => {
    expect(text(render(validation(null)))).toBe('Validé lors de la réunion du Collectif du 17 février 2014');
    expect(text(render(validation('Adopté à l’unanimité')))).toBe(
      'Validé lors de la réunion du Collectif du 17 février 2014 — Adopté à l’unanimité',
    );
  });

  it('W13: says nothing for a draft or a text under review', () => {
    expect(render(null)).toBe('');
  });
});
