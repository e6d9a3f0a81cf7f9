import { describe, expect, it } from 'vitest';
import { NO_REMOVALS, type ImportReport } from '../../shared/import/importReport';
import { countOf, passagePosition, summariseImport } from './importReportSummary';

const report: ImportReport = {
  format: 'text',
  positionUnit: 'line',
  recognised: {
    sections: 3,
    subsections: 0,
    speakerTurns: 41,
    actionItems: 1,
    measureRefs: 0,
    participants: 14,
    people: 0,
    annexes: 0,
    nextMeetings: 1,
    paragraphs: 120,
    lists: 0,
  },
  removed: { ...NO_REMOVALS, pageNumbers: 12, dehyphenated: 1 },
  header: { validation: 'Validé le 17 janvier 2014', writtenOn: '2013-11-26' },
  looksLikeMinutes: true,
  unsure: [],
};

describe('summariseImport', () => {
  it('lists what was recognised and removed, leaving out what was not found', () => {
    expect(summariseImport(report)).toEqual({
      recognised: [
        '3 parties numérotées',
        '41 prises de parole',
        '1 encadré «\u00a0À suivre\u00a0»',
        '14 organisations participantes',
        '1 prochaine réunion',
        '120 paragraphes',
      ],
      removed: ['12 numéros de page', '1 mot coupé en fin de ligne, recollé'],
      // the writing date is stored in the header by the import: nothing to carry over by hand.
      headerNotes: ['Mention de validation : «\u00a0Validé le 17 janvier 2014\u00a0»'],
    });
  });

  it('groups thousands the French way', () => {
    expect(countOf(1200, ['paragraphe', 'paragraphes'])).toMatch(/^1\s200 paragraphes$/);
  });

  it('says where to look, by line or by paragraph', () => {
    expect(passagePosition(report, 12)).toBe('Ligne 12');
    expect(passagePosition({ positionUnit: 'paragraph' }, 3)).toBe('Paragraphe 3');
  });
});
