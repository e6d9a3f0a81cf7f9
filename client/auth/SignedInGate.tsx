import { useEffect, useMemo, useState, type ReactNode } from 'react';
import type { MeResponse } from '../../shared/api/auth';
import { getMe } from '../api/authApi';
import { ApiRequestError } from '../api/http';
import { useApiResource } from '../api/useApiResource';
import { MeContext } from './meContext';
import { redirectToSignIn } from './signInRedirect';

/**
 * Renders its pages only once `/api/me` says who is signed in; sends everyone else to
 * the sign-in page, which brings them back here afterwards.
 */
export function SignedInGate({ children }: { children: ReactNode }) {
  const [generation, setGeneration] = useState(0);
  const me = useApiResource(`me-${generation}`, getMe);
  // While `refresh` reads /api/me again, the pages stay up with what was known.
  const [known, setKnown] = useState<MeResponse | null>(null);
  const signedOut = me.status === 'error' && me.error instanceof ApiRequestError && me.error.status === 401;

  useEffect(() => {
    if (me.status === 'ready') setKnown(me.data);
  }, [me]);

  useEffect(() => {
    if (signedOut) redirectToSignIn();
  }, [signedOut]);

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
