import { describe, expect, it } from 'vitest';
import { deName, deOrganisation, elides, queName } from './frenchElision';

describe('French elision before an inserted name', () => {
  it('elides « de » before a vowel or a mute h: « d’Ensemble », « d’Hélène »', () => {
    expect(deName('Ensemble contre la traite')).toBe('d’Ensemble contre la traite');
    expect(deName('Hélène De Rugy')).toBe('d’Hélène De Rugy');
    expect(deName('ECPAT France')).toBe('d’ECPAT France');
  });

  it('keeps « de » before a consonant and an aspirated h: « de Hors la Rue »', () => {
    expect(deName('Hors la Rue')).toBe('de Hors la Rue');
    expect(elides('Hors la Rue')).toBe(false);
  });

  it('leaves a surname that looks like an article alone: « de Le Gall »', () => {
    expect(deName('Le Gall')).toBe('de Le Gall');
  });

  it('gives an organisation named after a common noun its article: « de l’Armée du Salut »', () => {
    expect(deOrganisation('Armée du Salut')).toBe('de l’Armée du Salut');
    expect(deOrganisation('Amicale du Nid')).toBe('de l’Amicale du Nid');
    expect(deOrganisation('Mouvement du Nid')).toBe('du Mouvement du Nid');
    expect(deOrganisation('Fondation Scelles')).toBe('de la Fondation Scelles');
    expect(deOrganisation('Secours Catholique – Caritas France')).toBe('du Secours Catholique – Caritas France');
    expect(deOrganisation('Comité contre l’esclavage moderne (CCEM)')).toBe('du Comité contre l’esclavage moderne (CCEM)');
  });

  it('elides before a proper name or an acronym without adding an article', () => {
    expect(deOrganisation('Ensemble contre la traite')).toBe('d’Ensemble contre la traite');
    expect(deOrganisation('Hors la Rue')).toBe('de Hors la Rue');
    expect(deOrganisation('ECPAT France')).toBe('d’ECPAT France');
    expect(deOrganisation('CCEM')).toBe('de CCEM');
  });

  it('contracts an article the name carries: « du », « des », « de l’ », « de la »', () => {
    expect(deOrganisation('Le Comité contre l’esclavage moderne')).toBe('du Comité contre l’esclavage moderne');
    expect(deOrganisation('Les Amis du Bus des Femmes')).toBe('des Amis du Bus des Femmes');
    expect(deOrganisation('L’Armée du Salut')).toBe('de l’Armée du Salut');
    expect(deOrganisation('La Cimade')).toBe('de la Cimade');
  });

  it('elides « que »', () => {
    expect(queName('Ensemble')).toBe('qu’Ensemble');
    expect(queName('Hors la Rue')).toBe('que Hors la Rue');
  });
});
