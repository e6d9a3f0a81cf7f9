import type { Plan } from '../../shared/api/plans';
import type { MeasureMention } from '../../shared/review/documentBlocks';
import { measureRefLabel } from '../../shared/schema/measureRef';

/** Registry titles of measures, by `plan/number`. */
export type MeasureTitles = ReadonlyMap<string, string>;

const measureKey = (plan: string, number: number) => `${plan}/${number}`;

export function measureTitles(plans: Plan[]): MeasureTitles {
  return new Map(plans.flatMap((plan) => plan.measures.map((m) => [measureKey(plan.id, m.number), m.title] as const)));
}

/** The plans a set of mentions points into, each once, to fetch their titles. */
export const plansOf = (mentions: MeasureMention[]): string[] => [...new Set(mentions.map((m) => m.plan).filter(Boolean))];

/** « mesure 22 — Coordination départementale… »: the number alone says little to a reader. */
export function measureName(mention: MeasureMention, titles: MeasureTitles): string {
  const title = titles.get(measureKey(mention.plan, mention.number));
  return title ? `${measureRefLabel(mention)} — ${title}` : measureRefLabel(mention);
}
