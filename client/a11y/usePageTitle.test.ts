import { describe, expect, it } from 'vitest';
import { pageTitle } from './usePageTitle';

describe('pageTitle', () => {
  it('names the page before the application', () => {
    expect(pageTitle('Registre des mesures')).toBe('Registre des mesures — Minutier');
  });

  it('falls back to the application name when the page has none yet', () => {
    expect(pageTitle('  ')).toBe('Minutier');
  });
});
