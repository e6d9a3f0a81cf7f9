import demoMinutes from '../../../server/src/demo/compte-rendu-2013-11-22.json';
import registryPlan from '../../../server/src/demo/plan-2014-2016-mesures.json';
import type { Plan } from '../../api/plans';
import type { MinutesMeta } from '../../model/meta';
import type { Participant } from '../../model/participants';
import type { ProseMirrorJSON } from '../../schema/bodyContent';
import type { ExportInput } from '../exportInput';
import { type ExportProfile, defaultProfileDrops } from '../exportProfile';

type Node = { type: string; attrs?: Record<string, unknown>; content?: Node[]; text?: string };

const measure = (number: number, item = '') => ({ type: 'measureRef', attrs: { plan: 'pan-teh-2014-2016', number, item } });
const text = (value: string) => ({ type: 'text', text: value });

/**
 * The demo compte-rendu of 22 November 2013, plus what it lacks to exercise every export
 * feature: measure references (known and unknown), an owned and dated « À suivre », a validation.
 */
export function sampleMinutes(profile: ExportProfile = 'internal'): ExportInput {
  const content = structuredClone(demoMinutes.content) as Node;
  const body = content.content ?? [];
  const amicale = body.find((node) => node.attrs?.organisation === 'Amicale du Nid');
  amicale?.content?.push({
    type: 'paragraph',
    content: [
      text('L’Amicale du Nid rappelle la '),
      measure(7),
      text(', la '),
      measure(10, '2ème tiret'),
      text(' et la '),
      measure(99),
      text('.'),
    ],
  } as Node);
  const firstActionItem = body.find((node) => node.type === 'actionItem');
  if (firstActionItem) {
    firstActionItem.attrs = { ...firstActionItem.attrs, owners: ['Hors la Rue', 'Secours Catholique – Caritas France'], due: '2014-01-31' };
  }
  return {
    meta: demoMinutes.meta as MinutesMeta,
    participants: demoMinutes.participants as Participant[],
    content: content as ProseMirrorJSON,
    plans: [registryPlan as Plan],
    writtenOn: '2013-11-26',
    validation: { meetingDate: '2014-02-17' },
    drops: defaultProfileDrops[profile],
  };
}

/** Texts of the sample that every format must carry, in this order. */
export const sampleSpeakersInOrder = [
  'Comité Contre l’Esclavage Moderne (CCEM)',
  'Mouvement du Nid',
  'Armée du Salut',
  'Hors la Rue',
  'Planète Enfants',
  'Comité Protestant évangélique pour la Dignité Humaine (CPDH)',
  'Secours Catholique – Caritas France',
  'Amicale du Nid',
];

/** Text found only in the « À suivre » boxes of the sample (the external version drops them). */
export const sampleActionItemTexts = [
  'il est important que les associations du Collectif fassent le point',
  'continuer à voir comment',
  'Le directeur de cabinet devrait annoncer',
];

/** Titles of the measures the sample refers to, from the registry (up to where typography would change them). */
export const sampleMeasureTitles = [
  'Augmenter et adapter les solutions d',
  'Protection des mineurs victimes',
];
