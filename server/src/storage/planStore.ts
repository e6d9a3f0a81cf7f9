import type { Measure, Plan } from '../../../shared/api/plans';

/**
 * The plan-measure registry of each collective: the plans it follows and their
 * numbered measures. A `measureRef` in a document points here by plan id and number,
 * so a title can change without touching any document.
 */
export interface PlanStore {
  list(collectiveId: string): Promise<Array<{ id: string; title: string; measureCount: number }>>;
  get(collectiveId: string, id: string): Promise<Plan | undefined>;
  /** Creates the plan or replaces its title, note and measures. */
  save(collectiveId: string, plan: Plan): Promise<void>;
  /** Adds or renames one measure; false if the plan does not exist. */
  putMeasure(collectiveId: string, planId: string, measure: Measure): Promise<boolean>;
  close(): Promise<void>;
}
