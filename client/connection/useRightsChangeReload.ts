import { useEffect, useRef } from 'react';
import type { WebsocketProvider } from 'y-websocket';
import { CloseCode } from '../../shared/protocol/closeCodes';

/**
 * The relay closes with 4503 when this person's rights on the document change (a new role,
 * a validation, a reopening); the provider reconnects by itself with the new rights, and
 * `onRightsChanged` lets the page read the new status and access so the UI follows (R19, W4).
 */
export function useRightsChangeReload(provider: WebsocketProvider, onRightsChanged: () => void): void {
  const callback = useRef(onRightsChanged);
  callback.current = onRightsChanged;

  useEffect(() => {
    const onClose = (event: CloseEvent | null) => {
      if (event?.code === CloseCode.rightsChanged) callback.current();
    };
    provider.on('connection-close', onClose);
    return () => provider.off('connection-close', onClose);
  }, [provider]);
}
