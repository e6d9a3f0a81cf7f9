import type { ChangeEvent } from 'react';
import { listSeries } from '../api/seriesApi';
import { useApiResource } from '../api/useApiResource';

interface SeriesSelectProps {
  id: string;
  value: string;
  onChange: (event: ChangeEvent<HTMLSelectElement>) => void;
}

/** A « Série » filter: every meeting series of the collective, or « Toutes ». */
export function SeriesSelect({ id, value, onChange }: SeriesSelectProps) {
  const series = useApiResource('series', (signal) => listSeries(signal));
  return (
    <div className="field">
      <label htmlFor={id}>Série</label>
      <select id={id} value={value} onChange={onChange}>
        <option value="">Toutes</option>
        {series.status === 'ready' &&
          series.data.map((one) => (
            <option key={one.id} value={one.id}>
              {one.name}
            </option>
          ))}
      </select>
    </div>
  );
}
