import { describe, expect, it } from 'vitest';
import { announcedMeeting } from './announcedMeeting';

const body = (lines: string[], kind = 'nextMeetings') => ({
  type: 'doc',
  content: [
    { type: 'paragraph', content: [{ type: 'text', text: 'Réunion du 22 novembre 2013 au siège.' }] },
    {
      type: 'markedSection',
      attrs: { kind },
      content: [{ type: 'bulletList', content: lines.map((text) => ({ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] })) }],
    },
  ],
});

describe('the next meeting announced in « Prochaines réunions » (M9)', () => {
  it('reads the date and the place, not the time', () => {
    const announced = announcedMeeting(
      body(['Prochaine réunion du Collectif le vendredi 31 janvier 2014 de 10h à 12h30 au Secours Catholique, 106 rue du Bac, 75007 Paris, en salle Sidoine.']),
      '2013-11-22',
    );
    expect(announced).toEqual({ meetingDate: '2014-01-31', place: 'Secours Catholique, 106 rue du Bac, 75007 Paris, en salle Sidoine' });
  });

  it('takes the first line with a date after the meeting just held; a place may be missing', () => {
    expect(announcedMeeting(body(['Rappel : réunion du 22 novembre 2013.', 'Réunion le 1er mars 2014 à 14h.']), '2013-11-22')).toEqual({ meetingDate: '2014-03-01' });
    expect(announcedMeeting(body(['Réunion le 3 avril 2014 chez l’Amicale du Nid']), null)).toEqual({ meetingDate: '2014-04-03', place: 'l’Amicale du Nid' });
  });

  it('says nothing when the section names no date, or when there is no such section', () => {
    expect(announcedMeeting(body(['La date sera fixée par courriel.']), '2013-11-22')).toEqual({});
    expect(announcedMeeting(body(['Réunion le 31 janvier 2014.'], 'annexes'), '2013-11-22')).toEqual({});
  });
});
