import type { ExportInput } from '../exportInput';
import { defaultProfileDrops } from '../exportProfile';

/** What an attacker or a broken paste can put in a compte-rendu's text. */
export const HOSTILE = {
  script: '<script>alert(1)</script>',
  cdataEnd: '"]]>',
  controls: 'avant\u0007\u0000\u001b\uFFFEaprès',
};

const text = (value: string, marks?: Array<{ type: string; attrs?: Record<string, unknown> }>) =>
  marks ? { type: 'text', text: value, marks } : { type: 'text', text: value };
const paragraph = (...content: unknown[]) => ({ type: 'paragraph', content });

/**
 * Minutes whose every field carries markup, XML breakers and control characters: no
 * format may execute, break or lose the rest of the document because of them.
 */
export function hostileMinutes(): ExportInput {
  return {
    meta: {
      title: `Réunion ${HOSTILE.script} ${HOSTILE.cdataEnd} ${HOSTILE.controls}`,
      collective: 'Collectif <b>gras</b> & « Ensemble » </office:text>',
      meetingDate: '2014-01-31',
      place: '# Paris',
      author: `</w:t></w:r>${HOSTILE.cdataEnd} <img src=x onerror=alert(2)>`,
    },
    participants: [{ id: 'p1', organisation: HOSTILE.script, people: [`${HOSTILE.cdataEnd} ${HOSTILE.controls}`], attendance: 'present' }],
    content: {
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 2 }, content: [text(`# Section <img src=x onerror=alert(3)> ${HOSTILE.controls}`)] },
        {
          type: 'speakerTurn',
          attrs: { id: 't1', organisation: HOSTILE.script, person: HOSTILE.cdataEnd, role: '\u0007' },
          content: [
            paragraph(
              text(`Texte ${HOSTILE.controls} <w:p/> ]]> &amp; `),
              text('lien piégé', [{ type: 'link', attrs: { href: 'javascript:alert(4)' } }]),
              text(' '),
              text('**pas du gras** _ni italique_ [pas un lien](http://x)', [{ type: 'bold' }]),
              { type: 'measureRef', attrs: { plan: 'plan-hostile', number: 1, item: HOSTILE.cdataEnd } },
            ),
            paragraph(text('1. pas une liste')),
          ],
        },
        {
          type: 'actionItem',
          attrs: { id: 'a1', owners: [HOSTILE.script], due: HOSTILE.cdataEnd, status: 'open' },
          content: [paragraph(text(`Suivi ${HOSTILE.script}`))],
        },
        { type: 'codeBlock', attrs: { language: null }, content: [text('```\n</text:p>\u0000')] },
      ],
    },
    plans: [
      { id: 'plan-hostile', title: `Plan ${HOSTILE.script}`, measures: [{ number: 1, title: `Mesure ${HOSTILE.cdataEnd} ${HOSTILE.script}` }] },
    ],
    validation: { meetingDate: '2014-02-17', note: HOSTILE.script },
    drops: defaultProfileDrops.internal,
  };
}
