import { describe, expect, it } from 'vitest';
import { versionName } from './versionLabels';

describe('versionName', () => {
  it('writes the days in a version’s name in French, never as AAAA-MM-JJ', () => {
    expect(versionName({ label: 'Version validée (réunion du 2014-02-17)' })).toBe('Version validée (réunion du 17 février 2014)');
    expect(versionName({ label: 'Avant la réunion du 2014-03-01' })).toBe('Avant la réunion du 1er mars 2014');
    expect(versionName({ label: 'Relecture de la partie II' })).toBe('Relecture de la partie II');
  });
});

