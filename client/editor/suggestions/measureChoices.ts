import { defaultPlanId, type PlanRegistry } from '../model/planRegistry';
import { matchesQuery } from './searchText';

/** A measure to reference; `title` is null for a number the registry does not have. */
export interface MeasureChoice {
  plan: string;
  number: number;
  title: string | null;
}

/**
 * Measures for what was typed after « # » or « mesure »: digits find numbers starting with
 * them, words find titles. `offerUnknown` adds the typed number when the registry lacks it,
 * for « # » only: after « mesure 3 » in running prose nobody asked for a reference.
 */
export function filterMeasureChoices(registry: PlanRegistry, query: string, offerUnknown: boolean): MeasureChoice[] {
  const trimmed = query.trim();
  if (/^\d+$/.test(trimmed)) {
    const number = Number(trimmed);
    const found: MeasureChoice[] = registry.measures
      .filter((measure) => String(measure.number).startsWith(trimmed))
      .sort((a, b) => a.number - b.number);
    const exact = found.some((measure) => measure.number === number);
    const plan = defaultPlanId(registry);
    if (!exact && offerUnknown && number > 0 && registry.status === 'ready' && plan) {
      return [{ plan, number, title: null }, ...found];
    }
    return found;
  }
  return registry.measures.filter((measure) => matchesQuery(trimmed, [measure.title]));
}
