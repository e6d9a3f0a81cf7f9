import registryPlan from '../../../server/src/demo/plan-2014-2016-mesures.json';
import type { LetterFields } from '../../api/letters';
import type { Plan } from '../../api/plans';
import type { ProseMirrorJSON } from '../../schema/bodyContent';
import type { LetterExportInput } from '../buildLetterExportModel';

const text = (value: string) => ({ type: 'text', text: value });
const paragraph = (...content: unknown[]) => ({ type: 'paragraph', content });

/** The collective's letter of 21 April 2015 to the Minister of the Interior (fixtures/lettre-2015-04-21.txt). */
export const sampleLetterFields = (): LetterFields => ({
  letterhead: ['Collectif « Ensemble contre la traite des êtres humains »', '106 rue du Bac', '75007 Paris'],
  addressee: {
    name: 'Monsieur Bernard Cazeneuve',
    title: 'Ministre de l’Intérieur',
    address: ['Place Beauvau', '75800 Paris Cedex 08'],
  },
  place: 'Paris',
  date: '2015-04-21',
  object: 'Vos engagements dans la lutte contre la traite des êtres humains, un an après le lancement du premier Plan d’action national',
  signatory: {
    name: 'Véronique Fayet',
    title: 'Présidente du Secours Catholique – Caritas France',
    onBehalf: 'Pour le Collectif « Ensemble contre la traite des êtres humains »',
  },
  attachments: ['Synthèse de la rencontre du 23 septembre 2014'],
  copies: [
    {
      name: 'Madame Elisabeth Moiron-Braud',
      title:
        'Secrétaire Générale de la Mission interministérielle pour la protection des femmes victimes de violence et la lutte contre la traite des êtres humains (MIPROF)',
    },
    { name: 'Monsieur Eric Panloup', title: 'Coordinateur National Traite des êtres humains' },
    { name: 'Madame Myria Vassiliadou', title: 'Coordinatrice contre la traite pour l’Union européenne' },
  ],
  withMembers: true,
  contact: 'Coordination : genevieve.colas@secours-catholique.org / 06 71 00 69 90',
});

/** Words of the sample's body, in order, as every format prints them. */
export const sampleLetterBody = {
  salutation: 'Monsieur le Ministre,',
  measureSentence: 'Ces consignes de votre ministère nous apparaissent indispensables',
  closing: 'Veuillez agréer, Monsieur le Ministre, l’assurance de ma très haute considération.',
};

export const sampleLetterMembers = [
  'Action Catholique des Femmes',
  'Amicale du Nid',
  'Comité Contre l’Esclavage Moderne',
  'Hors la rue',
  'Mouvement du Nid',
  'Secours Catholique - Caritas France',
];

/** The body: salutation, a paragraph citing « mesure 22 » of the 2014-2016 plan, the closing formula. */
export const sampleLetterContent = (): ProseMirrorJSON => ({
  type: 'doc',
  content: [
    paragraph(text(sampleLetterBody.salutation)),
    paragraph(
      text(`${sampleLetterBody.measureSentence} pour pouvoir envisager la mise en œuvre de la `),
      { type: 'measureRef', attrs: { plan: 'pan-teh-2014-2016', number: 22, item: '' } },
      text(
        ' du plan national de lutte contre la traite des êtres humains, la constitution de coordination inter-institutionnelle à l’échelle du département et en coordination régionale.',
      ),
    ),
    paragraph(text(sampleLetterBody.closing)),
  ],
});

export function sampleLetter(): LetterExportInput {
  return {
    fields: sampleLetterFields(),
    content: sampleLetterContent(),
    plans: [registryPlan as Plan],
    collective: 'Ensemble contre la traite des êtres humains',
    members: sampleLetterMembers,
  };
}
