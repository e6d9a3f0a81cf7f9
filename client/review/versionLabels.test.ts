import { describe, expect, it } from 'vitest';
import { versionName, versionNotice } from './versionLabels';

describe('versionName', () => {
  it('writes the days in a version’s name in French, never as AAAA-MM-JJ', () => {
    expect(versionName({ label: 'Version validée (réunion du 2014-02-17)' })).toBe('Version validée (réunion du 17 février 2014)');
    expect(versionName({ label: 'Avant la réunion du 2014-03-01' })).toBe('Avant la réunion du 1er mars 2014');
    expect(versionName({ label: 'Relecture de la partie II' })).toBe('Relecture de la partie II');
  });

  it('puts no-break spaces inside the guillemets of a name stored with ordinary ones (issue 15, point 21)', () => {
    expect(versionName({ label: 'Avant la restauration de « Restauration de « Originale » »' })).toBe(
      'Avant la restauration de «\u00A0Restauration de «\u00A0Originale\u00A0»\u00A0»',
    );
  });
});

describe('versionNotice', () => {
  it('names the version as the list does, French days and no-break spaces inside every guillemet (issue 15, point 21)', () => {
    expect(versionNotice({ label: 'Avant la réunion du 2014-03-01, « relue »' }, 'enregistrée')).toBe(
      'Version «\u00A0Avant la réunion du 1er mars 2014, «\u00A0relue\u00A0»\u00A0» enregistrée.',
    );
    expect(versionNotice({ label: 'Restauration de « Originale »' }, 'restaurée')).toBe(
      'Version «\u00A0Restauration de «\u00A0Originale\u00A0»\u00A0» restaurée.',
    );
  });
});
