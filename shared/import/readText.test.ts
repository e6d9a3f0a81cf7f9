import { describe, expect, it } from 'vitest';
import { readText } from './readText';

const texts = (raw: string) => readText(raw).blocks.map((block) => block.text);

describe('readText: the wrap repair', () => {
  it('joins a word cut at a line end, keeping hyphens that belong to the word', () => {
    const raw = [
      'La coordi-',
      'nation des associations est peut-',
      'être renforcée ; Mme Vallaud-',
      'Belkacem le souhaite, comme le compte-',
      'rendu le dit.',
    ].join('\n');
    expect(texts(raw)).toEqual(['La coordination des associations est peut-être renforcée ; Mme Vallaud-Belkacem le souhaite, comme le compte-rendu le dit.']);
    expect(readText(raw).noise.dehyphenated).toBe(4);
  });

  it('follows the document’s own spelling for a cut it cannot tell', () => {
    expect(texts('Le projet euro-méditerranéen avance. Le projet euro-\nméditerranéen est financé.')).toEqual([
      'Le projet euro-méditerranéen avance. Le projet euro-méditerranéen est financé.',
    ]);
    expect(texts('La plateforme et la plate-\nforme du Collectif.')).toEqual(['La plateforme et la plateforme du Collectif.']);
    // « euro- » usually starts a compound, but this document writes « européenne » whole.
    expect(texts('La journée européenne approche : la journée euro-\npéenne du 18 octobre.')).toEqual(['La journée européenne approche : la journée européenne du 18 octobre.']);
  });

  it('rejoins a PDF extraction whose blank lines fall inside paragraphs, and splits where a short word would have fitted', () => {
    const long = 'x'.repeat(20);
    const raw = [
      `Premier paragraphe qui court sur toute la largeur de la page ${long} et`,
      '',
      `continue sur la ligne suivante après une ligne vide, comme dans le ${long}`,
      '',
      `fichier extrait du PDF. L’association a répondu à l’appel de la ${long}`,
      '',
      `Commission européenne sur toute la largeur de la page, jusqu’au bout.`,
      '',
      `Une phrase finit ici, plus courte que la largeur de la page ${long}.`,
      '',
      `Hors la Rue lance un projet qui court sur toute la largeur de la ${long}`,
      '',
      'page et finit ici.',
    ].join('\n');
    expect(texts(raw)).toEqual([
      expect.stringMatching(/^Premier paragraphe .* continue sur la ligne .* jusqu’au bout\.$/),
      expect.stringMatching(/^Une phrase finit ici, .*\.$/),
      expect.stringMatching(/^Hors la Rue lance .* page et finit ici\.$/),
    ]);
  });

  it('keeps blank lines as paragraph breaks in a text that uses them so', () => {
    expect(texts('Une ligne\nqui continue.\n\nUn autre paragraphe.\n\nEt un troisième.')).toEqual([
      'Une ligne qui continue.',
      'Un autre paragraphe.',
      'Et un troisième.',
    ]);
  });

  it('never joins across a structure: headings, « À suivre », bullets, numbered items, participants', () => {
    const raw = ['Intro sans point', 'I- Actualités', 'A suivre : faire le point', '- un tiret', '1. une annexe', 'Participants :', 'Amicale du Nid, Hélène De Rugy'].join('\n');
    expect(readText(raw).blocks.map((block) => [block.style.kind, block.text])).toEqual([
      ['paragraph', 'Intro sans point'],
      ['paragraph', 'I- Actualités'],
      ['paragraph', 'A suivre : faire le point'],
      ['listItem', 'un tiret'],
      ['listItem', 'une annexe'],
      ['paragraph', 'Participants :'],
      ['paragraph', 'Amicale du Nid, Hélène De Rugy'],
    ]);
  });

  it('joins a heading wrapped over several lines, and only then', () => {
    expect(texts('IV- Retour sur la rencontre et prochaines étapes du\n\nprocessus d’élaboration du plan\n\nRelecture du compte-rendu.')).toEqual([
      'IV- Retour sur la rencontre et prochaines étapes du processus d’élaboration du plan',
      'Relecture du compte-rendu.',
    ]);
  });

  it('removes page noise: form feeds, page numbers, running footers, the site’s address, stray marks', () => {
    const footer = 'Collectif – compte-rendu du 31 janvier – page ';
    const raw = `Un paragraphe coupé par la\n${footer}1\n\f- 2 -\nfin de page.\n\nhttp://www.contrelatraite.org/\n.\n${footer}2\n\fSuite.\n${footer}3`;
    const { blocks, noise } = readText(raw);
    expect(blocks.map((block) => block.text)).toEqual(['Un paragraphe coupé par la fin de page.', 'Suite.']);
    expect(noise).toMatchObject({ pageNumbers: 1, runningHeaders: 3, footerUrls: 1, strayMarks: 1 });
  });

  it('keeps a URL the text introduces, joined to its sentence', () => {
    expect(texts('Les vidéos sont en ligne sur le lien suivant :\nhttp://www.fondationscelles.org/les-prix\n\nSuite.')).toEqual([
      'Les vidéos sont en ligne sur le lien suivant : http://www.fondationscelles.org/les-prix',
      'Suite.',
    ]);
  });
});
