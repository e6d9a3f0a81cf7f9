import { useEffect, useState } from 'react';
import { ApiRequestError } from '../api/http';
import { dropDeletedCopy } from './localCopy';

/**
 * A compte-rendu the server no longer has (404: deleted) leaves no copy on this device
 * (issue 19): it is dropped, and what was typed here and never sent is explained.
 */
export function useDroppedCopy(accountId: string, documentId: string, error: Error | undefined): string | null {
  const [explanation, setExplanation] = useState<string | null>(null);
  const deleted = error instanceof ApiRequestError && error.status === 404;
  useEffect(() => {
    if (!deleted) return;
    let current = true;
    dropDeletedCopy(accountId, documentId).then(
      (said) => current && setExplanation(said),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [accountId, documentId, deleted]);
  return explanation;
}
