import { useEffect, useState } from 'react';
import type * as Y from 'yjs';

/**
 * `read()` now and again after every change inside `type`, local or remote. `read` is
 * taken from the first render: it must only depend on `type`.
 */
export function useObservedYType<T>(type: Y.AbstractType<unknown>, read: () => T): T {
  const [value, setValue] = useState(read);
  const [initialRead] = useState(() => read);
  useEffect(() => {
    const update = () => setValue(initialRead());
    // The type may have changed between the first render and this effect.
    update();
    type.observeDeep(update);
    return () => type.unobserveDeep(update);
  }, [type, initialRead]);
  return value;
}
