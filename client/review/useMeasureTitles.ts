import { useEffect, useState } from 'react';
import type { Plan } from '../../shared/api/plans';
import { type MeasureTitles, measureTitles } from './measureNames';
import { getPlan } from './reviewApi';

/**
 * The registry titles of the measures of `planIds`. A plan that cannot be read (removed
 * from the registry since) is skipped: its measures are then named by number only.
 */
export function useMeasureTitles(planIds: string[]): MeasureTitles {
  const [titles, setTitles] = useState<MeasureTitles>(new Map());
  const key = planIds.join('\n');
  useEffect(() => {
    if (!key) return;
    const controller = new AbortController();
    const ids = key.split('\n');
    void Promise.all(ids.map((id) => getPlan(id, controller.signal).catch((): Plan | null => null))).then((plans) => {
      if (!controller.signal.aborted) setTitles(measureTitles(plans.filter((plan): plan is Plan => plan !== null)));
    });
    return () => controller.abort();
  }, [key]);
  return titles;
}
