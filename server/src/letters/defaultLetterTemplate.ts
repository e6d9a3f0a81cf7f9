import type { LetterTemplate } from '../../../shared/api/letters';

/**
 * The template a collective's letters start from until its coordination saves its own (L6):
 * worded from the collective's name, leaving the place, signatory and contact to fill in.
 */
export function defaultLetterTemplate(collectiveName: string): LetterTemplate {
  const collective = `Collectif « ${collectiveName} »`;
  return {
    letterhead: [collective],
    place: '',
    signatory: { name: '', title: '', onBehalf: `Pour le ${collective}` },
    salutation: 'Madame, Monsieur,',
    body: [
      `Le ${collective} a l’honneur de vous adresser le compte-rendu « {titre} », tel qu’il l’a validé.`,
      'Nous restons à votre disposition pour tout échange à son sujet.',
    ],
    closing: 'Veuillez agréer, Madame, Monsieur, l’expression de nos salutations distinguées.',
    contact: '',
  };
}
