import { afterEach, beforeEach, describe, expect, it } from 'vitest';

/** The shape the export and review settings stores share: one JSON value per collective. */
export interface SettingsStore<T> {
  get(collectiveId: string): Promise<T>;
  save(collectiveId: string, settings: T): Promise<void>;
  close(): Promise<void>;
}

export interface SettingsSamples<T> {
  defaults: T;
  /** Settings different from the defaults in every switch the test looks at. */
  changed: T;
  /** A row as an older version wrote it (a switch missing), and what it reads as. */
  older: { json: string; reads: T };
}

export interface SettingsTestStore<T> {
  store: SettingsStore<T>;
  /** Writes a row as it is stored, bypassing `save`, as an older version would have. */
  writeStored(collectiveId: string, json: string): Promise<void>;
  close(): Promise<void>;
}

/**
 * The behaviour every export or review settings store must have (S1, issue 18); each
 * implementation's test calls it with a fresh store and the samples of its settings.
 */
export function settingsStoreContract<T>(name: string, samples: SettingsSamples<T>, makeStore: () => Promise<SettingsTestStore<T>>): void {
  describe(`settings store contract: ${name}`, () => {
    let opened: SettingsTestStore<T>;
    beforeEach(async () => {
      opened = await makeStore();
    });
    afterEach(async () => {
      await opened.close();
    });

    it('answers the defaults to a collective that never changed them', async () => {
      expect(await opened.store.get('c1')).toEqual(samples.defaults);
    });

    it('keeps each collective’s settings apart, a second save replacing the first', async () => {
      await opened.store.save('c1', samples.changed);
      expect(await opened.store.get('c1')).toEqual(samples.changed);
      expect(await opened.store.get('c2')).toEqual(samples.defaults);
      await opened.store.save('c1', samples.defaults);
      expect(await opened.store.get('c1')).toEqual(samples.defaults);
    });

    it('fills in the switches an older version did not write, and reads a broken row as the defaults', async () => {
      await opened.writeStored('c1', samples.older.json);
      expect(await opened.store.get('c1')).toEqual(samples.older.reads);
      await opened.writeStored('c2', '{"profiles":"cassé","membersSuggestOnlyInReview":"oui"}');
      expect(await opened.store.get('c2')).toEqual(samples.defaults);
    });
  });
}
