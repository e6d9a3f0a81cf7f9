import { describe, expect, it } from 'vitest';
import { createMinutesSchema, participantInputSchema } from '../api/minutes';
import { isSafeLinkTarget, markProblem, nodeAttributeProblem, nodeAttributesProblem } from './valueRules';

const paragraph = (...content: unknown[]) => ({ type: 'paragraph', content });
const measure = (number: unknown) => ({ type: 'measureRef', attrs: { plan: 'pan-teh-2014-2016', number, item: '' } });
const bodyOf = (...content: unknown[]) => ({ meta: { title: 'Réunion' }, content: { type: 'doc', content } });

describe('values of the body (A2)', () => {
  it('A2: a measure number is a positive integer', () => {
    for (const number of [Number.NaN, 'abc', '22', 0, -3, 2.5, null, 10_001]) {
      expect(nodeAttributeProblem('measureRef', 'number', number), String(number)).toBe('measureNumber');
    }
    expect(nodeAttributeProblem('measureRef', 'number', 22)).toBeUndefined();
    expect(nodeAttributesProblem('measureRef', { plan: 'p', item: '' })).toBe('measureNumber');
  });

  it('A2: a link goes to http(s) or mailto only', () => {
    for (const href of ['javascript:alert(1)', 'java\nscript:alert(1)', 'vbscript:x', 'data:text/html,x', 'file:///etc/passwd', '//exemple.org', null, undefined]) {
      expect(isSafeLinkTarget(href), String(href)).toBe(false);
      expect(markProblem('link', { href })).toBe('linkTarget');
    }
    expect(markProblem('link', { href: 'https://exemple.org' })).toBeUndefined();
    expect(markProblem('link', null)).toBeUndefined();
    expect(markProblem('bold', {})).toBeUndefined();
  });

  it('A2: names of speaker turns and À suivre owners hold no control character', () => {
    expect(nodeAttributeProblem('speakerTurn', 'organisation', 'Amicale\tdu Nid')).toBe('controlCharacter');
    expect(nodeAttributeProblem('speakerTurn', 'person', 'M.\u0000 Soulage')).toBe('controlCharacter');
    expect(nodeAttributeProblem('actionItem', 'owners', ['Hors la Rue', 'ECPAT\nFrance'])).toBe('controlCharacter');
    expect(nodeAttributeProblem('speakerTurn', 'organisation', 'Amicale du Nid')).toBeUndefined();
  });

  it('A2: POST /api/minutes content: a bad measure number or name is refused in French, an unsafe link keeps its words only', () => {
    const nan = createMinutesSchema.safeParse(bodyOf(paragraph({ type: 'text', text: 'Voir la ' }, measure('abc'))));
    expect(nan.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['content.content.0.content.1.attrs', 'le numéro de mesure doit être un nombre entier de 1 à 10 000'],
    ]);
    const turn = { type: 'speakerTurn', attrs: { organisation: 'Amicale\u0007 du Nid' }, content: [paragraph()] };
    expect(createMinutesSchema.safeParse(bodyOf(turn)).error?.issues[0]?.message).toMatch(/^pas de caractère de contrôle/);

    const links = createMinutesSchema.parse(
      bodyOf(
        paragraph(
          { type: 'text', text: 'piège', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }, { type: 'bold' }] },
          { type: 'text', text: ' site', marks: [{ type: 'link', attrs: { href: 'https://exemple.org' } }] },
        ),
      ),
    );
    expect(links.content?.content).toEqual([
      paragraph(
        { type: 'text', text: 'piège', marks: [{ type: 'bold' }] },
        { type: 'text', text: ' site', marks: [{ type: 'link', attrs: { href: 'https://exemple.org' } }] },
      ),
    ]);
  });

  it('A2: a participant’s organisation and people hold no control character', () => {
    const participant = { id: 'p1', organisation: 'Amicale du Nid', people: ['Hélène De Rugy'], attendance: 'present' };
    expect(participantInputSchema.safeParse(participant).success).toBe(true);
    expect(participantInputSchema.safeParse({ ...participant, organisation: 'Amicale\u0008 du Nid' }).error?.issues[0]?.message).toMatch(/^pas de caractère de contrôle/);
    expect(participantInputSchema.safeParse({ ...participant, people: ['Hélène\tDe Rugy'] }).error?.issues[0]?.message).toMatch(/^pas de caractère de contrôle/);
  });
});
