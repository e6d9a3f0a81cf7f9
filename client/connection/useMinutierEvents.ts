import { useEffect, useRef } from 'react';
import type { MinutierEvent } from '../../shared/protocol/minutierEvent';
import type { MinutierEvents } from '../comments/minutierEvents';

/** Calls `onEvent` whenever the relay announces an event of one of `types` (W10). */
export function useMinutierEvents(events: MinutierEvents, types: ReadonlyArray<MinutierEvent['type']>, onEvent: () => void): void {
  const callback = useRef(onEvent);
  callback.current = onEvent;
  const key = types.join(',');
  useEffect(() => {
    const wanted = new Set(key.split(','));
    return events.subscribe((event) => {
      if (wanted.has(event.type)) callback.current();
    });
  }, [events, key]);
}
