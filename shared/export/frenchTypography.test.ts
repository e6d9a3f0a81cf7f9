import { describe, expect, it } from 'vitest';
import { frenchTypography, frenchTypographySegments } from './frenchTypography';

/** U+00A0 and U+202F written out, so that a failure shows which space is where. */
const NBSP = '\u00A0';
const NNBSP = '\u202F';

describe('frenchTypography', () => {
  it('puts a no-break space before « : », whether a space, several or none was typed', () => {
    expect(frenchTypography('Bonjour : toi')).toBe(`Bonjour${NBSP}: toi`);
    expect(frenchTypography('Bonjour: toi')).toBe(`Bonjour${NBSP}: toi`);
    expect(frenchTypography('Bonjour  :')).toBe(`Bonjour${NBSP}:`);
    expect(frenchTypography(`Bonjour${NNBSP}: toi`)).toBe(`Bonjour${NBSP}: toi`);
  });

  it('puts a narrow no-break space before « ; ! ? », once before « ?! »', () => {
    expect(frenchTypography('Pourquoi? Parce que ; voilà!')).toBe(`Pourquoi${NNBSP}? Parce que${NNBSP}; voilà${NNBSP}!`);
    expect(frenchTypography('Vraiment ?!')).toBe(`Vraiment${NNBSP}?!`);
    expect(frenchTypography(`« Quoi ? »`)).toBe(`«${NNBSP}Quoi${NNBSP}?${NNBSP}»`);
  });

  it('puts narrow no-break spaces inside « guillemets », typed with or without spaces', () => {
    expect(frenchTypography('le thème « Walk Free » et «Resiland»')).toBe(`le thème «${NNBSP}Walk Free${NNBSP}» et «${NNBSP}Resiland${NNBSP}»`);
    expect(frenchTypography('« Dialogue citoyen »: deux ateliers')).toBe(`«${NNBSP}Dialogue citoyen${NNBSP}»${NBSP}: deux ateliers`);
  });

  it('holds a number to its unit, and the groups of a large number together', () => {
    expect(frenchTypography('20% des 300 € sur 15 km en 3 mois')).toBe(`20${NBSP}% des 300${NBSP}€ sur 15${NBSP}km en 3${NBSP}mois`);
    expect(frenchTypography('de 10 h 30 à 12 h')).toBe(`de 10${NBSP}h${NBSP}30 à 12${NBSP}h`);
    expect(frenchTypography('1 500 000 victimes')).toBe(`1${NNBSP}500${NNBSP}000 victimes`);
    // A year followed by a number is no thousands group; « 5 mai » is no unit.
    expect(frenchTypography('en 2013 150 personnes le 5 mai')).toBe('en 2013 150 personnes le 5 mai');
  });

  it('holds « mesure » and « n° » to their number', () => {
    expect(frenchTypography('la mesure 22 et les mesures 7 et 10, Mesure 3, n° 5')).toBe(
      `la mesure${NBSP}22 et les mesures${NBSP}7 et 10, Mesure${NBSP}3, n°${NBSP}5`,
    );
    expect(frenchTypography('être en mesure de répondre')).toBe('être en mesure de répondre');
  });

  it('turns a straight apostrophe between letters into ’, and no other quote', () => {
    expect(frenchTypography("l'association d'aujourd'hui")).toBe('l’association d’aujourd’hui');
    expect(frenchTypography("il a dit 'oui' ")).toBe("il a dit 'oui' ");
  });

  it('leaves times, ratios, paths and character references as typed', () => {
    for (const text of ['à 14:30 ou 14h30', 'un ratio de 3:2', 'C:\\dossier', 'a;b', 'Texte <w:p/> ]]> &amp; fin']) {
      expect(frenchTypography(text)).toBe(text);
    }
  });

  it('leaves web and e-mail addresses as typed, and typesets the sentence around them', () => {
    const url = "https://fr.wikipedia.org/wiki/Droits_de_l'homme?x=1;y=2:3&z=a%20b";
    expect(frenchTypography(`Voir ${url} !`)).toBe(`Voir ${url}${NNBSP}!`);
    expect(frenchTypography('le lien suivant: http://www.fondationscelles.org/prix?')).toBe(
      `le lien suivant${NBSP}: http://www.fondationscelles.org/prix${NNBSP}?`,
    );
    expect(frenchTypography("Écrire à d'abord@exemple.org: merci")).toBe(`Écrire à d'abord@exemple.org${NBSP}: merci`);
    expect(frenchTypography('www.contrelatraite.org!')).toBe(`www.contrelatraite.org${NNBSP}!`);
  });

  it('takes time in proportion to the text: a 200 000-character paragraph with 40 000 changes', () => {
    const paragraph = 'Bonjour : « test » ? '.repeat(10_000);
    const started = performance.now();
    expect(frenchTypography(paragraph)).toBe(`Bonjour${NBSP}: «${NNBSP}test${NNBSP}»${NNBSP}? `.repeat(10_000));
    // Edits applied one by one, each copying the whole text, took over 30 s here.
    expect(performance.now() - started).toBeLessThan(3_000);
  });

  it('changes nothing in text already typeset, so typesetting twice is typesetting once', () => {
    const text = "Initiative « Walk Free »: l'origine? 20 % en 2013; voir https://x.org/?a=1 !";
    const once = frenchTypography(text);
    expect(once).not.toBe(text);
    expect(frenchTypography(once)).toBe(once);
  });
});

describe('frenchTypographySegments', () => {
  it('applies the rules across formatting changes, changing only the segment that holds the space', () => {
    expect(frenchTypographySegments([{ text: 'Bonjour' }, { text: ': suite' }])).toEqual(['Bonjour', `${NBSP}: suite`]);
    expect(frenchTypographySegments([{ text: 'Bonjour ' }, { text: ' : suite' }])).toEqual([`Bonjour${NBSP}`, ': suite']);
    expect(frenchTypographySegments([{ text: 'le thème «' }, { text: 'Walk Free' }, { text: '»' }])).toEqual([
      `le thème «${NNBSP}`,
      'Walk Free',
      `${NNBSP}»`,
    ]);
  });

  it('never changes a verbatim segment (code, an address as link text), but may space around it', () => {
    const code = "echo 'a' ; ls : « x »";
    expect(frenchTypographySegments([{ text: 'Lancez «' }, { text: code, verbatim: true }, { text: '»!' }])).toEqual([
      `Lancez «${NNBSP}`,
      code,
      `${NNBSP}»${NNBSP}!`,
    ]);
    expect(frenchTypographySegments([{ text: 'a' }, { text: '\n', verbatim: true }, { text: ': b' }])).toEqual(['a', '\n', ': b']);
  });
});
