import { describe, expect, it } from 'vitest';
import { collectiveHeading } from './collectiveHeading';

describe('collectiveHeading', () => {
  it('heads the minutes with the collective’s name in guillemets, with no-break spaces inside', () => {
    expect(collectiveHeading(' Ensemble contre la traite des êtres humains ')).toBe(
      'Collectif «\u00a0Ensemble contre la traite des êtres humains\u00a0»',
    );
  });

  it('keeps a name that already says « Collectif », and leaves a nameless collective empty', () => {
    expect(collectiveHeading('Collectif « Ensemble contre la traite des êtres humains »')).toBe(
      'Collectif « Ensemble contre la traite des êtres humains »',
    );
    expect(collectiveHeading('collectif des associations')).toBe('collectif des associations');
    expect(collectiveHeading('  ')).toBe('');
  });
});
