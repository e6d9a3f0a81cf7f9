import { describe, expect, it } from 'vitest';
import { sommaireOf } from '../model/sommaire';
import { buildExportModel } from './buildExportModel';
import type { ExportInput } from './exportInput';
import type { Block } from './exportModel';
import { applyProfile, defaultProfileDrops } from './exportProfile';
import { frenchTypography } from './frenchTypography';
import { sampleMinutes } from './testing/sampleMinutes';

const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const withBody = (content: unknown[], overrides: Partial<ExportInput> = {}): ExportInput => ({
  meta: { title: 'Réunion' },
  participants: [],
  content: { type: 'doc', content },
  plans: [],
  drops: defaultProfileDrops.internal,
  ...overrides,
});
const firstBlock = (input: ExportInput): Block | undefined => buildExportModel(input).blocks[0];

describe('buildExportModel', () => {
  it('words the header as the collective does', () => {
    const doc = buildExportModel(sampleMinutes());
    expect(doc.title).toBe('Compte-rendu de la réunion du 22 novembre 2013');
    expect(doc.collective).toBe('Collectif «\u202FEnsemble contre la traite des êtres humains\u202F»');
    expect(doc.placeAndDate).toBe('Paris, le 26 novembre 2013');
    expect(doc.validation).toBe('Validé lors de la réunion du Collectif du 17 février 2014');
    expect(doc.signature).toBe(
      'Compte-rendu réalisé par Sarah Berthelot, pour le secrétariat du Collectif «\u202FEnsemble contre la traite des êtres humains\u202F».',
    );
  });

  it('dates the header with the meeting when the writing date is unknown, and adds a validation note', () => {
    const doc = buildExportModel(
      withBody([paragraph('x')], {
        meta: { title: 'R', meetingDate: '2013-12-01', place: 'Lyon', author: 'Le secrétariat.' },
        validation: { meetingDate: '2014-02-17', note: 'Adopté à l’unanimité' },
      }),
    );
    expect(doc.placeAndDate).toBe('Lyon, le 1er décembre 2013');
    expect(doc.validation).toBe('Validé lors de la réunion du Collectif du 17 février 2014 — Adopté à l’unanimité');
    expect(doc.signature).toBe('Compte-rendu réalisé par Le secrétariat.');
  });

  it('numbers the sections exactly as the sommaire of the exported body does, titles typeset', () => {
    for (const profile of ['internal', 'external'] as const) {
      const input = sampleMinutes(profile);
      const expected = sommaireOf(applyProfile(input.content, input.drops)).map(({ number, title }) => ({ number, title: frenchTypography(title) }));
      expect(buildExportModel(input).sommaire).toEqual(expected);
    }
    expect(buildExportModel(sampleMinutes()).sommaire.map((entry) => entry.number)).toEqual(['I', 'II', 'III', 'IV']);
  });

  it('groups the participants by attendance, one line per person', () => {
    const doc = buildExportModel(
      withBody([paragraph('x')], {
        meta: { title: 'R', meetingDate: '2013-11-22' },
        participants: [
          { id: '1', organisation: 'ECPAT', people: [], attendance: 'also_present' },
          { id: '2', organisation: 'Amicale du Nid', people: ['Hélène De Rugy', 'Une autre'], attendance: 'present' },
          { id: '3', organisation: 'CCEM', people: [], attendance: 'absent' },
          { id: '4', organisation: 'AFJ', people: ['Magali Poirier'], attendance: 'excused' },
          { id: '5', organisation: 'Hors la Rue', people: ['Martina Andreeva'], attendance: 'unknown' },
        ],
      }),
    );
    expect(doc.attendance).toEqual([
      { title: 'Participants à la réunion du 22 novembre 2013', lines: ['Amicale du Nid, Hélène De Rugy', 'Amicale du Nid, Une autre'] },
      { title: 'Absents excusés', lines: ['AFJ, Magali Poirier'] },
      { title: 'Absents', lines: ['CCEM'] },
      { title: 'Étaient aussi présents', lines: ['ECPAT'] },
      // Prepared minutes (M10) list the collective before the meeting says who came.
      { title: 'Présence à préciser', lines: ['Hors la Rue, Martina Andreeva'] },
    ]);
  });

  it('labels speakers by organisation, then by function or person', () => {
    const turn = (organisation: string, person: string, role: string) =>
      firstBlock(withBody([{ type: 'speakerTurn', attrs: { id: 't', organisation, person, role }, content: [paragraph('…')] }]));
    expect(turn('Secours Catholique', 'M. Soulage', '')).toMatchObject({ speaker: { name: 'Secours Catholique', detail: 'M. Soulage' } });
    expect(turn('', '', 'Ministre des Droits des femmes')).toMatchObject({ speaker: { name: 'Ministre des Droits des femmes' } });
    expect(turn('MIPROF', 'Mme X', 'Secrétaire générale')).toMatchObject({ speaker: { name: 'MIPROF', detail: 'Mme X, Secrétaire générale' } });
    expect(turn('', '', '')).not.toHaveProperty('speaker');
  });

  it('tells who follows an « À suivre » up, by when, and whether it is done', () => {
    const item = (attrs: Record<string, unknown>) => firstBlock(withBody([{ type: 'actionItem', attrs, content: [paragraph('…')] }]));
    expect(item({ owners: ['Hors la Rue', 'CCEM'], due: '2014-01-31', status: 'open' })).toMatchObject({
      details: 'Responsables\u00A0: Hors la Rue, CCEM — Échéance\u00A0: 31 janvier 2014',
    });
    expect(item({ owners: ['CCEM'], due: 'd’ici la prochaine réunion', status: 'done' })).toMatchObject({
      details: 'Responsable\u00A0: CCEM — Échéance\u00A0: d’ici la prochaine réunion — Fait',
    });
    expect(item({ owners: [], due: '', status: 'open' })).not.toHaveProperty('details');
  });

  it('gives a measure reference its title from the registry, typeset, and none when the registry does not know it', () => {
    const amicale = buildExportModel(sampleMinutes()).blocks.find(
      (block) => block.kind === 'speakerTurn' && block.speaker?.name === 'Amicale du Nid',
    );
    const measures = amicale?.kind === 'speakerTurn' ? amicale.paragraphs.flat().filter((inline) => inline.kind === 'measure') : [];
    expect(measures).toEqual([
      {
        kind: 'measure',
        label: 'mesure\u00A07',
        note: expect.stringMatching(/^Mesure\u00A07\u00A0: Augmenter et adapter les solutions d’hébergement des victimes \(Plan d’action national/),
      },
      {
        kind: 'measure',
        label: 'mesure\u00A010, 2ème tiret',
        note: expect.stringMatching(/^Mesure\u00A010, 2ème tiret\u00A0: Protection des mineurs victimes\u00A0: compétences de l’aide/),
      },
      { kind: 'measure', label: 'mesure\u00A099' },
    ]);
  });

  it('cleans text: control characters go, unsafe links lose their target, runs of one format merge', () => {
    const block = firstBlock(
      withBody([
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'a\u0000b\u0007c\td ' },
            { type: 'text', text: 'e', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] },
            { type: 'text', text: 'f', marks: [{ type: 'link', attrs: { href: 'https://contrelatraite.org/' } }] },
          ],
        },
      ]),
    );
    expect(block).toEqual({
      kind: 'paragraph',
      inlines: [
        { kind: 'text', text: 'abc d e' },
        { kind: 'text', text: 'f', href: 'https://contrelatraite.org/' },
      ],
    });
  });
});
