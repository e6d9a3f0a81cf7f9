import { createMinutesSchema } from '../../../shared/api/minutes';
import { planSchema } from '../../../shared/api/plans';
import { prepareNextMinutes } from '../series/prepareNextMinutes';
import type { LetterTemplate } from '../../../shared/api/letters';
import type { LetterTemplateStore } from '../storage/letterTemplateStore';
import type { PlanStore } from '../storage/planStore';
import { seedMinutes } from '../storage/seedMinutes';
import demoMinutes from './compte-rendu-2013-11-22.json';
import registryPlan from './plan-2014-2016-mesures.json';
import { storedContent } from './storedContent';
import { type DemoSeriesStores, validateAsAdopted } from './validateAsAdopted';

/** A new collective's plan registry: the national plan its minutes refer to. */
export async function seedRegistry(plans: PlanStore, collectiveId: string): Promise<boolean> {
  if ((await plans.list(collectiveId)).length > 0) return false;
  await plans.save(collectiveId, planSchema.parse(registryPlan));
  return true;
}

/** The demo collective's letter template, worded as its letters of 2013 and 2015 (fixtures lettre-*.txt). */
export const DEMO_LETTER_TEMPLATE: LetterTemplate = {
  letterhead: ['Collectif « Ensemble contre la traite des êtres humains »', 'Coordonné par le Secours Catholique – Caritas France'],
  place: 'Paris',
  signatory: {
    name: 'Véronique Fayet',
    title: 'Présidente du Secours Catholique – Caritas France',
    onBehalf: 'Pour le Collectif « Ensemble contre la traite des êtres humains »',
  },
  salutation: 'Madame, Monsieur,',
  body: [
    'Le Collectif « Ensemble contre la traite des êtres humains » a le plaisir de vous adresser le compte-rendu de sa réunion du {date}, « {titre} », tel qu’il l’a validé.',
    'Les associations membres du Collectif restent à votre disposition pour poursuivre cet échange.',
  ],
  closing: 'Veuillez agréer, Madame, Monsieur, l’assurance de ma très haute considération.',
  contact: 'Coordination : genevieve.colas@secours-catholique.org / 06 71 00 69 90',
};

/** Gives the demo collective its letter template, unless its coordination saved one (L6). */
export async function seedDemoLetterTemplate(templates: LetterTemplateStore, collectiveId: string): Promise<boolean> {
  if (await templates.get(collectiveId)) return false;
  await templates.put(collectiveId, DEMO_LETTER_TEMPLATE);
  return true;
}

/** The member associations of the demo compte-rendu, to invite people into. */
export const demoAssociations = (): string[] =>
  createMinutesSchema.parse(demoMinutes).participants?.map((p) => p.organisation) ?? [];

/** The meeting of 31 January 2014 adopted the minutes of 22 November 2013 (as its own minutes record). */
const ADOPTED_AT = '2014-01-31';

/**
 * The demo collective's plenary series, so the app opens on real minutes and shows its memory:
 * the 22 November 2013 compte-rendu, validated as it was, and the draft of the next meeting
 * prepared from it by the same code as « Préparer le prochain compte-rendu » (M9), with the
 * « À suivre » carried over. Only into a collective without minutes.
 */
export async function seedDemoMinutes(
  stores: DemoSeriesStores,
  collectiveId: string,
): Promise<{ validated: string; next: string } | undefined> {
  if ((await stores.documents.list(collectiveId)).length > 0) return undefined;
  const validated = await seedMinutes(stores.documents, collectiveId, createMinutesSchema.parse(demoMinutes));
  await validateAsAdopted(stores, validated, ADOPTED_AT);
  const record = (await stores.documents.get(validated))!;
  const next = await prepareNextMinutes({ ...stores, read: storedContent(stores.documents) }, record, {});
  if (!next) throw new Error('demo minutes do not read');
  return { validated, next };
}
