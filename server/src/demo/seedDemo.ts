import { createMinutesSchema } from '../../../shared/api/minutes';
import { planSchema } from '../../../shared/api/plans';
import type { DocumentStore } from '../storage/documentStore';
import type { PlanStore } from '../storage/planStore';
import { seedMinutes } from '../storage/seedMinutes';
import demoMinutes from './compte-rendu-2013-11-22.json';
import registryPlan from './plan-2014-2016-mesures.json';

/** A new collective's plan registry: the national plan its minutes refer to. */
export async function seedRegistry(plans: PlanStore, collectiveId: string): Promise<boolean> {
  if ((await plans.list(collectiveId)).length > 0) return false;
  await plans.save(collectiveId, planSchema.parse(registryPlan));
  return true;
}

/** The member associations of the demo compte-rendu, to invite people into. */
export const demoAssociations = (): string[] =>
  createMinutesSchema.parse(demoMinutes).participants?.map((p) => p.organisation) ?? [];

/** The demo collective's 22 November 2013 compte-rendu, so the app opens on real minutes. */
export async function seedDemoMinutes(store: DocumentStore, collectiveId: string): Promise<string | undefined> {
  if ((await store.list(collectiveId)).length > 0) return undefined;
  return seedMinutes(store, collectiveId, createMinutesSchema.parse(demoMinutes));
}
