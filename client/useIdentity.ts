import { useCallback, useState } from 'react';
import { loadIdentity, saveIdentity, type Identity } from './identity';

/** The identity saved in this browser, and a setter that also saves it. */
export function useIdentity(): [Identity | null, (identity: Identity) => void] {
  const [identity, setIdentity] = useState(() => loadIdentity(window.localStorage));
  const update = useCallback((next: Identity) => {
    saveIdentity(window.localStorage, next);
    setIdentity(next);
  }, []);
  return [identity, update];
}
