import { useCallback, useEffect, useMemo, useState } from 'react';
import type { AuditEntry } from '../../api/accountTypes';
import { AUDIT_PAGE_SIZE, listAuditEntries } from '../../api/auditApi';

export interface AuditPages {
  entries: AuditEntry[];
  /** Index in `entries` of the first entry of the latest page read, to move the focus to it. */
  firstOfLastPage: number;
  loading: boolean;
  error: Error | null;
  /** False once a page came back shorter than the server's page size: the log starts there. */
  hasMore: boolean;
  loadOlder(): void;
}

/** The audit log, read page by page from the newest entry (`?before=<id>`). */
export function useAuditPages(): AuditPages {
  const [pages, setPages] = useState<AuditEntry[][]>([]);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<Error | null>(null);
  const [hasMore, setHasMore] = useState(false);

  const load = useCallback(async (before: number | undefined, signal?: AbortSignal) => {
    setLoading(true);
    setError(null);
    try {
      const page = await listAuditEntries(before, signal);
      setPages((previous) => [...previous, page]);
      setHasMore(page.length >= AUDIT_PAGE_SIZE);
    } catch (failure) {
      if (signal?.aborted) return;
      setError(failure instanceof Error ? failure : new Error(String(failure)));
    } finally {
      if (!signal?.aborted) setLoading(false);
    }
  }, []);

  useEffect(() => {
    const controller = new AbortController();
    void load(undefined, controller.signal);
    return () => controller.abort();
  }, [load]);

  const entries = useMemo(() => pages.flat(), [pages]);
  const firstOfLastPage = entries.length - (pages.at(-1)?.length ?? 0);
  const oldest = entries.at(-1)?.id;
  const loadOlder = useCallback(() => void load(oldest), [load, oldest]);
  return { entries, firstOfLastPage, loading, error, hasMore, loadOlder };
}
