import { describe, expect, it } from 'vitest';
import { buildLetterExportModel } from '../letters/buildLetterExportModel';
import { sampleLetter } from '../letters/testing/sampleLetter';
import { renderMarkdown, renderMarkdownDocument } from './renderMarkdown';
import { expectInOrder } from './testing/expectInOrder';
import { hostileMinutes } from './testing/hostileMinutes';
import { sampleActionItemTexts, sampleMinutes, sampleSpeakersInOrder } from './testing/sampleMinutes';

describe('renderMarkdown', () => {
  const internal = renderMarkdown(sampleMinutes('internal'));
  const external = renderMarkdown(sampleMinutes('external'));

  it('reads as plain text: speaker turns as « **Organisation** (Personne) : … »', () => {
    expectInOrder(internal, [
      '# Compte-rendu de la réunion du 22 novembre 2013',
      'Paris, le 26 novembre 2013',
      '## Sommaire',
      '- I- Actualités présentées',
      '## Annexes',
      '1. Lettre du Collectif',
      '## I- Actualités présentées',
      ...sampleSpeakersInOrder,
      '## Participants à la réunion du 22 novembre 2013',
      '- Amicale du Nid, Hélène De Rugy',
      '*Compte-rendu réalisé par Sarah Berthelot',
    ]);
    expect(internal).toContain('\n\n**Mouvement du Nid** (Pierre Albert)\u00A0: L’association précise');
    expect(internal).toContain('\n\n**Comité Contre l’Esclavage Moderne (CCEM)**\u00A0: Les représentants');
  });

  it('quotes the « À suivre » boxes, in the internal version only', () => {
    expect(internal).toContain(
      '> **À suivre** — Responsables\u00A0: Hors la Rue, Secours Catholique – Caritas France — Échéance\u00A0: 31 janvier 2014\n>\n> Dans les semaines à venir',
    );
    for (const text of sampleActionItemTexts) {
      expect(internal).toContain(text);
      expect(external).not.toContain(text);
    }
    expect(external).not.toMatch(/À suivre|## Annexes|## Prochaines réunions/);
  });

  it('gives measure titles as footnotes', () => {
    expect(internal).toContain('la mesure\u00A07[^1], la mesure\u00A010, 2ème tiret[^2] et la mesure\u00A099.');
    expect(internal).toContain('\n[^1]: Mesure\u00A07\u00A0: Augmenter et adapter les solutions d’hébergement des victimes');
  });

  it('escapes markup from the document’s text', () => {
    const md = renderMarkdown(hostileMinutes());
    // Outside code blocks (shown as typed), every < is escaped: no raw HTML reaches a Markdown viewer.
    expect(md.replace(/^````\n[\s\S]*?\n````$/m, '')).not.toMatch(/(?<!\\)</);
    expect(md).not.toMatch(/javascript:/i);
    expect(md).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE]/);
    expect(md).toContain('**\\<script\\>alert(1)\\</script\\>** ("\\]\\]\\>)\u00A0: Texte avantaprès \\<w:p/\\>');
    expect(md).toContain('**\\*\\*pas du gras\\*\\* \\_ni italique\\_ \\[pas un lien\\](http://x)**');
    expect(md).toContain('\n\n1\\. pas une liste');
    expect(md).toContain('## I- # Section \\<img src=x onerror=alert(3)\\>');
    expect(md).toContain('\\# Paris, le 31 janvier 2014');
    expect(md).toContain('````\n```\n</text:p>\n````');
  });

  it('writes a cover letter without a title of its own, each part as lines of plain text', () => {
    const letter = renderMarkdownDocument(buildLetterExportModel(sampleLetter()));
    expect(letter.startsWith('Collectif')).toBe(true);
    expect(letter).toContain('Monsieur Bernard Cazeneuve\\\nMinistre de l’Intérieur\\\nPlace Beauvau');
    expectInOrder(letter, ['Paris, le 21 avril 2015', '**Objet\u00A0:** Vos engagements', 'mesure\u00A022[^1]', 'Copies\u00A0:', '[^1]: Mesure\u00A022']);
  });
});
