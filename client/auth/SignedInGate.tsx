import { useEffect, useMemo, useState, type ReactNode } from 'react';
import type { MeResponse } from '../../shared/api/auth';
import { ApiRequestError } from '../api/http';
import { useApiResource } from '../api/useApiResource';
import { useWhenBackOnline } from '../offline/offlineMode';
import { getMeOrCopy } from '../offline/offlineResources';
import { MeContext } from './meContext';
import { redirectToSignIn } from './signInRedirect';

/**
 * Renders its pages only once `/api/me` says who is signed in; sends everyone else to
 * the sign-in page, which brings them back here afterwards.
 */
export function SignedInGate({ children }: { children: ReactNode }) {
  const [generation, setGeneration] = useState(0);
  // Offline, the last account signed in on this device opens its kept copies (issue 19).
  const me = useApiResource(`me-${generation}`, getMeOrCopy);
  // While `refresh` reads /api/me again, the pages stay up with what was known.
  const [known, setKnown] = useState<MeResponse | null>(null);
  const signedOut = me.status === 'error' && me.error instanceof ApiRequestError && me.error.status === 401;

  useEffect(() => {
    if (me.status === 'ready') setKnown(me.data);
  }, [me]);

  useEffect(() => {
    if (signedOut) redirectToSignIn();
  }, [signedOut]);

  // Back online, the server says again who is signed in: the session may have ended meanwhile.
  useWhenBackOnline(() => setGeneration((n) => n + 1));

  const current = me.status === 'ready' ? me.data : known;
  const value = useMemo(
    () => (current && !signedOut ? { me: current, refresh: () => setGeneration((n) => n + 1) } : null),
    [current, signedOut],
  );

  if (value) return <MeContext.Provider value={value}>{children}</MeContext.Provider>;
  if (me.status === 'error' && !signedOut) {
    return (
      <main className="page page--narrow">
        <div className="card notice" role="alert">
          <h1>Minutier ne répond pas</h1>
          <p>{me.error.message}</p>
          <button type="button" className="button" onClick={() => setGeneration((n) => n + 1)}>
            Réessayer
          </button>
        </div>
      </main>
    );
  }
  return (
    <p className="page muted" role="status">
      Chargement…
    </p>
  );
}
