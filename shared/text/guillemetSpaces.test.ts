import { describe, expect, it } from 'vitest';
import { withGuillemetSpaces } from './guillemetSpaces';

describe('no-break spaces inside « guillemets »', () => {
  it('A18: puts one no-break space inside each guillemet, whatever was typed', () => {
    expect(withGuillemetSpaces('Champ « titre » invalide')).toBe('Champ «\u00A0titre\u00A0» invalide');
    expect(withGuillemetSpaces('Le «titre»')).toBe('Le «\u00A0titre\u00A0»');
    expect(withGuillemetSpaces('«\u00A0déjà\u00A0»')).toBe('«\u00A0déjà\u00A0»');
  });

  it('leaves text without guillemets as it is', () => {
    expect(withGuillemetSpaces('Requête invalide : titre manquant.')).toBe('Requête invalide : titre manquant.');
  });
});
