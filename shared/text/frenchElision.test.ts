import { describe, expect, it } from 'vitest';
import { deName, elides, queName } from './frenchElision';

describe('French elision before an inserted name', () => {
  it('elides « de » before a vowel: « d’Ensemble », « d’Amicale du Nid »', () => {
    expect(deName('Ensemble contre la traite')).toBe('d’Ensemble contre la traite');
    expect(deName('Amicale du Nid')).toBe('d’Amicale du Nid');
    expect(deName('ECPAT France')).toBe('d’ECPAT France');
  });

  it('keeps « de » before a consonant and an aspirated h: « de Hors la Rue »', () => {
    expect(deName('Hors la Rue')).toBe('de Hors la Rue');
    expect(deName('Mouvement du Nid')).toBe('de Mouvement du Nid');
    expect(elides('Hors la Rue')).toBe(false);
  });

  it('contracts an article the name carries: « du », « des », « de l’ »', () => {
    expect(deName('Le Comité contre l’esclavage moderne')).toBe('du Comité contre l’esclavage moderne');
    expect(deName('Les Amis du Bus des Femmes')).toBe('des Amis du Bus des Femmes');
    expect(deName('L’Armée du Salut')).toBe('de l’Armée du Salut');
    expect(deName('La Cimade')).toBe('de la Cimade');
  });

  it('elides « que »', () => {
    expect(queName('Ensemble')).toBe('qu’Ensemble');
    expect(queName('Hors la Rue')).toBe('que Hors la Rue');
  });
});
