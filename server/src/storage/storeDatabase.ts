import { afterEach, beforeEach } from 'vitest';

/**
 * A fresh, empty database a store contract runs on; each `open` is one more store on it, as
 * the same server after a restart or another instance would open.
 */
export interface StoreDatabase<S> {
  open(): Promise<S>;
  dispose(): Promise<void>;
}

/**
 * Inside a contract's `describe`: a fresh database before each test, and after it every store
 * opened closed, then the database disposed. Answers the `open` the tests call.
 */
export function useStoreDatabase<S extends { close(): Promise<void> }>(makeDatabase: () => Promise<StoreDatabase<S>>): () => Promise<S> {
  let database: StoreDatabase<S>;
  const opened: S[] = [];
  beforeEach(async () => {
    database = await makeDatabase();
  });
  afterEach(async () => {
    for (const store of opened.splice(0)) await store.close();
    await database.dispose();
  });
  return async () => {
    const store = await database.open();
    opened.push(store);
    return store;
  };
}
