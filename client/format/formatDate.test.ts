import { describe, expect, it } from 'vitest';
import { formatMeetingDate, formatTimestamp, localIsoDay } from './formatDate';

describe('formatMeetingDate', () => {
  it('writes the meeting day in French, with the weekday', () => {
    expect(formatMeetingDate('2013-11-22')).toBe('vendredi 22 novembre 2013');
    expect(formatMeetingDate('2014-02-17')).toBe('lundi 17 février 2014');
  });

  it('leaves malformed or impossible dates as they are', () => {
    expect(formatMeetingDate('22/11/2013')).toBe('22/11/2013');
    expect(formatMeetingDate('2013-02-31')).toBe('2013-02-31');
  });
});

describe('formatTimestamp', () => {
  it('writes the day and time in French in the given time zone', () => {
    expect(formatTimestamp('2024-03-05T14:05:00Z', 'Europe/Paris')).toBe('5 mars 2024 à 15:05');
  });

  it('leaves an unreadable timestamp as it is', () => {
    expect(formatTimestamp('hier')).toBe('hier');
  });
});

describe('localIsoDay', () => {
  it('writes the local calendar day, padded', () => {
    expect(localIsoDay(new Date(2014, 1, 7, 23, 59))).toBe('2014-02-07');
    expect(localIsoDay(new Date(2013, 10, 22, 0, 0))).toBe('2013-11-22');
  });

  it('round-trips with formatMeetingDate', () => {
    expect(formatMeetingDate(localIsoDay(new Date(2014, 1, 17)))).toBe('lundi 17 février 2014');
  });
});
