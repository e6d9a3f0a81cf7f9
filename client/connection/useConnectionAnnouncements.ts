import { useEffect, useRef } from 'react';
import { announce, liveRegion } from '../a11y/announcer';
import { LOSS_SETTLE_MS, connectionAnnouncement, lossShownAtFirst, type ConnectionShown } from './connectionAnnouncement';

/** Tells screen readers, through the page's live region, when the link to the server is lost and back. */
export function useConnectionAnnouncements({ label, tone }: ConnectionShown): void {
  const previous = useRef<ConnectionShown>({ label, tone });
  const lossSaid = useRef(lossShownAtFirst(previous.current));
  const pendingLoss = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => {
    liveRegion();
    return () => clearTimeout(pendingLoss.current);
  }, []);
  useEffect(() => {
    const current = { label, tone };
    const step = connectionAnnouncement(previous.current, current, lossSaid.current);
    previous.current = current;
    // Any change ends the wait of a loss not said yet: back already, or gone offline (said now).
    clearTimeout(pendingLoss.current);
    const { text } = step;
    if (step.onlyIfLasting && text) {
      pendingLoss.current = setTimeout(() => {
        lossSaid.current = step.lossSaid;
        announce(text);
      }, LOSS_SETTLE_MS);
      return;
    }
    lossSaid.current = step.lossSaid;
    if (text) announce(text);
  }, [label, tone]);
}
