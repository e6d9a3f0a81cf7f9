import { useEffect } from 'react';
import type { WebsocketProvider } from 'y-websocket';
import { announce, liveRegion } from '../a11y/announcer';
import { caretLabel, type Identity } from '../identity';
import { watchPresence } from './presenceWatch';

/** Tells screen readers, through the page's live region, who comes and goes and what they decide (see `watchPresence`). */
export function usePresenceAnnouncements(provider: WebsocketProvider, own: Identity): void {
  const ownLabel = caretLabel(own);
  useEffect(() => {
    liveRegion();
    return watchPresence(provider, ownLabel, announce);
  }, [provider, ownLabel]);
}
