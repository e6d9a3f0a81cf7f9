import { describe, expect, it } from 'vitest';
import { adoptionOf } from './adoption';
import { nextMinutesRequest } from './nextMinutesRequest';

const previous = {
  id: 'AbCdEfGhIjKlMnOpQr_-12',
  meetingDate: '2013-11-22',
  createdAt: '2013-11-26T10:00:00.000Z',
  status: 'validated',
  meta: { title: 'Compte-rendu de la réunion du 22 novembre 2013' },
  participants: [],
  content: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Ordre du jour.' }] }] },
};
/** The next minutes as « Préparer le prochain compte-rendu » seeds them. */
const next = (status: string, id = 'next', meetingDate = '2014-01-31') => ({
  id,
  meetingDate,
  createdAt: `${meetingDate}T09:00:00.000Z`,
  status,
  content: nextMinutesRequest({ previous, series: [previous], associations: [], given: { meetingDate } }).content!,
});

describe('« Adopté lors de la réunion du … » (M11)', () => {
  it('names the first validated minutes whose adoption section links to the document', () => {
    expect(adoptionOf(previous.id, [previous, next('validated')])).toEqual({ documentId: 'next', meetingDate: '2014-01-31' });
    expect(adoptionOf(previous.id, [previous, next('validated', 'later', '2014-03-14'), next('validated')])).toEqual({
      documentId: 'next',
      meetingDate: '2014-01-31',
    });
  });

  it('says nothing while the next minutes are not validated, nor for a link outside the adoption section', () => {
    expect(adoptionOf(previous.id, [previous, next('draft'), next('review', 'other')])).toBeNull();
    const mention = {
      ...next('validated'),
      content: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'voir', marks: [{ type: 'link', attrs: { href: `/cr/${previous.id}` } }] }] }] },
    };
    expect(adoptionOf(previous.id, [previous, mention])).toBeNull();
  });
});
