import { describe, expect, it } from 'vitest';
import { MeetingDateUnknownError, nextMinutesRequest } from './nextMinutesRequest';

const previous = (nextMeetings: string) => ({
  id: 'AbCdEfGhIjKlMnOpQr_-12',
  meetingDate: '2013-11-22',
  createdAt: '2013-11-26T10:00:00.000Z',
  meta: { title: 'Compte-rendu de la réunion du 22 novembre 2013', place: 'Paris', collective: 'Collectif « Ensemble »' },
  participants: [
    { id: 'p1', organisation: 'Amicale du Nid', people: ['Hélène De Rugy'], attendance: 'present' as const },
    { id: 'p2', organisation: 'CCEM', people: [], attendance: 'absent' as const },
  ],
  content: {
    type: 'doc',
    content: [{ type: 'markedSection', attrs: { kind: 'nextMeetings' }, content: [{ type: 'paragraph', content: [{ type: 'text', text: nextMeetings }] }] }],
  },
});

describe('the seed of the next minutes (M10)', () => {
  it('lists the previous organisations then the collective’s other associations, all « à préciser », people kept', () => {
    const before = previous('Prochaine réunion le 31 janvier 2014 au Secours Catholique.');
    const request = nextMinutesRequest({ previous: before, series: [before], associations: ['CCEM', 'Hors la Rue'], given: {} });
    expect(request.participants).toEqual([
      { organisation: 'Amicale du Nid', people: ['Hélène De Rugy'], attendance: 'unknown' },
      { organisation: 'CCEM', people: [], attendance: 'unknown' },
      { organisation: 'Hors la Rue', people: [], attendance: 'unknown' },
    ]);
    expect(request.meta).toEqual({
      title: 'Compte-rendu de la réunion du 31 janvier 2014',
      meetingDate: '2014-01-31',
      collective: 'Collectif « Ensemble »',
      place: 'Paris',
    });
  });

  it('takes the date and place given over those announced, and asks for a date when none is known', () => {
    const before = previous('Prochaine réunion le 31 janvier 2014 au Secours Catholique.');
    const given = nextMinutesRequest({ previous: before, series: [before], associations: [], given: { meetingDate: '2014-02-07', place: 'Armée du Salut' } });
    expect(given.meta.meetingDate).toBe('2014-02-07');
    expect(JSON.stringify(given.content)).toContain('Lieu de la réunion : Armée du Salut');
    const silent = previous('La date sera fixée par courriel.');
    expect(() => nextMinutesRequest({ previous: silent, series: [silent], associations: [], given: {} })).toThrow(MeetingDateUnknownError);
  });
});
