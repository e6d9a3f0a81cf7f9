import { useCallback, useEffect, useState } from 'react';
import type { MinutesDocument } from '../../../shared/api/minutes';
import type { Resource } from '../../api/useApiResource';
import { useMe } from '../../auth/meContext';
import { useWhenBackOnline } from '../../offline/offlineMode';
import { getMinutesOrCopy } from '../../offline/offlineResources';

export interface MinutesDocumentResource {
  resource: Resource<MinutesDocument>;
  /**
   * Reads the compte-rendu again (status, access, validation) after something changed it:
   * a review action, or rights that changed under an open connection. What is shown stays
   * until the new answer arrives, so the page does not blink.
   */
  reload(): void;
}

export function useMinutesDocument(id: string): MinutesDocumentResource {
  const [resource, setResource] = useState<Resource<MinutesDocument>>({ status: 'loading' });
  const [generation, setGeneration] = useState(0);
  const accountId = useMe().user.id;

  useEffect(() => {
    const controller = new AbortController();
    // Offline, the answer this account last read on this device (issue 19).
    getMinutesOrCopy(accountId, id, controller.signal).then(
      (data) => setResource({ status: 'ready', data }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setResource({ status: 'error', error: error instanceof Error ? error : new Error(String(error)) });
      },
    );
    return () => controller.abort();
  }, [accountId, id, generation]);

  const reload = useCallback(() => setGeneration((value) => value + 1), []);
  // What was read from the copy is read again from the server.
  useWhenBackOnline(reload);
  return { resource, reload };
}
