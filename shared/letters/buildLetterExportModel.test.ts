import { describe, expect, it } from 'vitest';
import type { LetterFields } from '../api/letters';
import { type Block, type ExportDocument, type LetterPart, plainText } from '../export/exportModel';
import { buildLetterExportModel } from './buildLetterExportModel';
import { sampleLetter, sampleLetterBody, sampleLetterFields } from './testing/sampleLetter';

const NBSP = '\u00A0';
const NNBSP = '\u202F';

/** The text of each line of a part, or undefined when the letter has no such part. */
const partLines = (doc: ExportDocument, part: LetterPart): string[] | undefined => {
  const block = doc.blocks.find((candidate) => candidate.kind === 'letterPart' && candidate.part === part);
  return block?.kind === 'letterPart' ? block.lines.map(plainText) : undefined;
};
const shape = (block: Block): string => (block.kind === 'letterPart' ? block.part : block.kind);

const emptyFields: LetterFields = {
  letterhead: [],
  addressee: { name: '', title: '', address: [] },
  place: '',
  date: '',
  object: '',
  signatory: { name: '', title: '', onBehalf: '' },
  attachments: [],
  copies: [],
  withMembers: false,
  contact: '',
};

describe('buildLetterExportModel', () => {
  it('lays the letter out as the collective does: header parts, body, then signatory, PJ, copies, members, contact', () => {
    const doc = buildLetterExportModel(sampleLetter());
    expect(doc.layout).toBe('letter');
    expect(doc.blocks.map(shape)).toEqual([
      'letterhead',
      'placeAndDate',
      'addressee',
      'object',
      'paragraph',
      'paragraph',
      'paragraph',
      'signatory',
      'attachments',
      'copies',
      'members',
      'contact',
    ]);
    expect(doc.sommaire).toEqual([]);
    expect(doc.attendance).toEqual([]);
    expect(partLines(doc, 'placeAndDate')).toEqual(['Paris, le 21 avril 2015']);
    expect(partLines(doc, 'addressee')).toEqual(['Monsieur Bernard Cazeneuve', 'Ministre de l’Intérieur', 'Place Beauvau', '75800 Paris Cedex 08']);
    expect(partLines(doc, 'signatory')).toEqual([
      'Véronique Fayet',
      'Présidente du Secours Catholique – Caritas France',
      `Pour le Collectif «${NNBSP}Ensemble contre la traite des êtres humains${NNBSP}»`,
    ]);
    expect(partLines(doc, 'attachments')).toEqual([`PJ${NBSP}: Synthèse de la rencontre du 23 septembre 2014`]);
    expect(partLines(doc, 'copies')?.slice(0, 3)).toEqual([
      `Copies${NBSP}:`,
      expect.stringMatching(/^- Madame Elisabeth Moiron-Braud, Secrétaire Générale de la Mission .* \(MIPROF\)$/),
      '- Monsieur Eric Panloup, Coordinateur National Traite des êtres humains',
    ]);
    expect(partLines(doc, 'contact')).toEqual([expect.stringMatching(new RegExp(`^Coordination${NBSP}: genevieve\\.colas@secours-catholique\\.org / `))]);
  });

  it('sets « Objet : » in bold, with a no-break space before the colon', () => {
    const doc = buildLetterExportModel(sampleLetter());
    const object = doc.blocks.find((block) => block.kind === 'letterPart' && block.part === 'object');
    expect(object?.kind === 'letterPart' && object.lines[0]?.[0]).toEqual({ kind: 'text', text: `Objet${NBSP}:`, bold: true });
    expect(partLines(doc, 'object')).toEqual([`Objet${NBSP}: ${sampleLetterFields().object}`]);
  });

  it('prints a measure of the body with its label and its title from the plan as a footnote', () => {
    const doc = buildLetterExportModel(sampleLetter());
    const paragraph = doc.blocks.find((block) => block.kind === 'paragraph' && plainText(block.inlines).startsWith(sampleLetterBody.measureSentence));
    const measure = paragraph?.kind === 'paragraph' ? paragraph.inlines.find((inline) => inline.kind === 'measure') : undefined;
    expect(measure).toEqual({
      kind: 'measure',
      label: `mesure${NBSP}22`,
      note: `Mesure${NBSP}22${NBSP}: Coordination départementale et régionale de la lutte contre la traite (Plan d’action national contre la traite des êtres humains 2014-2016)`,
    });
  });

  it('names the member associations of the collective, comma-separated, with a full stop', () => {
    const input = sampleLetter();
    expect(partLines(buildLetterExportModel({ ...input, members: ['Amicale du Nid', 'Hors la rue'] }), 'members')).toEqual([
      `Associations membres du Collectif «${NNBSP}Ensemble contre la traite des êtres humains${NNBSP}»${NBSP}:`,
      'Amicale du Nid, Hors la rue.',
    ]);
    const named = buildLetterExportModel({ ...input, collective: 'Collectif « Agir ensemble »', members: ['Amicale du Nid'] });
    expect(partLines(named, 'members')?.[0]).toBe(`Associations membres du Collectif «${NNBSP}Agir ensemble${NNBSP}»${NBSP}:`);
    const without = sampleLetterFields();
    without.withMembers = false;
    expect(partLines(buildLetterExportModel({ ...input, fields: without }), 'members')).toBeUndefined();
    expect(partLines(buildLetterExportModel({ ...input, members: [] }), 'members')).toBeUndefined();
  });

  it('prints nothing for empty fields: no empty « Objet : », « PJ : » or « Copies : »', () => {
    const doc = buildLetterExportModel({ ...sampleLetter(), fields: emptyFields });
    expect(doc.blocks.map(shape)).toEqual(['paragraph', 'paragraph', 'paragraph']);
    expect(doc.title).toBe('Lettre d’envoi');
    const dated = buildLetterExportModel({ ...sampleLetter(), fields: { ...emptyFields, date: '2015-04-01', addressee: { name: 'Madame X', title: '', address: ['', 'Lyon'] } } });
    expect(partLines(dated, 'placeAndDate')).toEqual(['Le 1er avril 2015']);
    expect(partLines(dated, 'addressee')).toEqual(['Madame X', 'Lyon']);
  });

  it('lists several attachments under « PJ : », one per line', () => {
    const fields = { ...sampleLetterFields(), attachments: ['Compte-rendu du 22 novembre 2013', 'Annexe 1 : Programme'] };
    expect(partLines(buildLetterExportModel({ ...sampleLetter(), fields }), 'attachments')).toEqual([
      `PJ${NBSP}:`,
      '- Compte-rendu du 22 novembre 2013',
      `- Annexe 1${NBSP}: Programme`,
    ]);
  });

  it('leaves pending suggestions out of the body', () => {
    const by = { userId: 'u1', author: 'Martina Andreeva', association: 'Hors la Rue' };
    const content = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'Texte adopté' },
            { type: 'text', text: ' ajout proposé', marks: [{ type: 'insertion', attrs: { id: 's1', ...by } }] },
          ],
        },
      ],
    };
    const doc = buildLetterExportModel({ ...sampleLetter(), content });
    const body = doc.blocks.filter((block) => block.kind === 'paragraph').map((block) => (block.kind === 'paragraph' ? plainText(block.inlines) : ''));
    expect(body).toEqual(['Texte adopté']);
  });

  it('gives the file properties the object as typed and the collective as author', () => {
    const { properties, title } = buildLetterExportModel(sampleLetter());
    expect(properties).toEqual({
      title: `Lettre d’envoi — ${sampleLetterFields().object}`,
      subject: sampleLetterFields().object,
      author: 'Ensemble contre la traite des êtres humains',
    });
    expect(title).toBe(`Lettre d’envoi — ${sampleLetterFields().object}`);
  });
});
