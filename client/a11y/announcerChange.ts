import { useEffect, useRef } from 'react';
import { announce, liveRegion } from './announcer';

/**
 * Announces how `value` changed from one render to the next: `describe` says it in words, or
 * returns null for a change not worth a word. The first value is what the page loaded with and
 * is never announced.
 */
export function useAnnouncedChange<T>(value: T, describe: (previous: T, current: T) => string | null): void {
  const previous = useRef(value);
  useEffect(() => {
    liveRegion();
  }, []);
  useEffect(() => {
    if (Object.is(previous.current, value)) return;
    const text = describe(previous.current, value);
    previous.current = value;
    if (text) announce(text);
  });
}
