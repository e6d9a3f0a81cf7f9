import { useEffect, useState } from 'react';
import { listAssociations } from '../api/membersApi';
import { useOptionalMe } from './meContext';

/** Associations change rarely (the coordination adds one in « Membres »): read again after this long. */
const FRESH_FOR_MS = 60_000;

let cache: { collectiveId: string; readAt: number; names: Promise<string[]> } | undefined;

function associationNames(collectiveId: string): Promise<string[]> {
  if (cache && cache.collectiveId === collectiveId && Date.now() - cache.readAt < FRESH_FOR_MS) return cache.names;
  const names = listAssociations().then((associations) => associations.map((association) => association.name));
  // A failed read is not kept: the next form asks again.
  names.catch(() => {
    if (cache?.names === names) cache = undefined;
  });
  cache = { collectiveId, readAt: Date.now(), names };
  return names;
}

/**
 * The names of the signed-in account's collective's associations (`GET /api/associations`,
 * open to every account), read once for every form that offers them; empty until read, or
 * if they cannot be read (the forms still work with the participants alone).
 */
export function useCollectiveAssociations(): readonly string[] {
  const collectiveId = useOptionalMe()?.collective.id;
  const [names, setNames] = useState<readonly string[]>([]);
  useEffect(() => {
    if (!collectiveId) return;
    let current = true;
    associationNames(collectiveId).then(
      (read) => current && setNames(read),
      () => {},
    );
    return () => {
      current = false;
    };
  }, [collectiveId]);
  return names;
}
