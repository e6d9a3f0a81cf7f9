import { describe, expect, it } from 'vitest';
import { buildLetterExportModel } from '../letters/buildLetterExportModel';
import { sampleLetter } from '../letters/testing/sampleLetter';
import { renderHtml, renderHtmlDocument } from './renderHtml';
import { expectInOrder } from './testing/expectInOrder';
import { HOSTILE, hostileMinutes } from './testing/hostileMinutes';
import { sampleActionItemTexts, sampleMeasureTitles, sampleMinutes, sampleSpeakersInOrder } from './testing/sampleMinutes';

/** The text a reader sees: tags removed, the few entities we write decoded. */
const visibleText = (html: string): string =>
  html
    .replace(/<style>[\s\S]*?<\/style>/, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

const WRITTEN_TAGS = new Set(
  'html head meta title style body header h1 h2 h3 p nav ul ol li a main section aside span sup strong em u s code pre blockquote hr br'.split(' '),
);

describe('renderHtml', () => {
  const internal = renderHtml(sampleMinutes('internal'));
  const external = renderHtml(sampleMinutes('external'));

  it('renders the whole compte-rendu in reading order', () => {
    expectInOrder(visibleText(internal), [
      'Compte-rendu de la réunion du 22 novembre 2013',
      'Collectif « Ensemble contre la traite des êtres humains »',
      'Paris, le 26 novembre 2013',
      'Validé lors de la réunion du Collectif du 17 février 2014',
      'Sommaire',
      'I- Actualités présentées par les associations du Collectif',
      'IV- Retour sur la rencontre',
      'Annexes',
      'Prochaines réunions',
      ...sampleSpeakersInOrder,
      'Participants à la réunion du 22 novembre 2013',
      'Amicale du Nid, Hélène De Rugy',
      'Absents',
      'Comité Contre l’Esclavage Moderne (CCEM)',
      'Compte-rendu réalisé par Sarah Berthelot',
      ...sampleMeasureTitles,
    ]);
    expect(internal).toContain('<p class="intervenant">Mouvement du Nid <span class="detail">(Pierre Albert)</span>\u00A0:</p>');
    expect(internal).toContain('<h2 id="section-4">IV- ');
    expect(internal).toContain('<a href="#section-4"><span class="titre-sommaire">IV- ');
  });

  it('frames the « À suivre » boxes with owners and due date in the internal version only', () => {
    // Numbered, so that a screen reader's list of landmarks tells them apart.
    expect([...internal.matchAll(/<aside class="a-suivre" aria-label="([^"]+)">/g)].map((match) => match[1])).toEqual(['À suivre 1', 'À suivre 2', 'À suivre 3']);
    expect(internal).toContain('Responsables\u00A0: Hors la Rue, Secours Catholique – Caritas France — Échéance\u00A0: 31 janvier 2014');
    for (const text of sampleActionItemTexts) {
      expect(visibleText(internal)).toContain(text);
      expect(visibleText(external)).not.toContain(text);
    }
    expect(external).not.toContain('À suivre');
    expect(visibleText(external)).not.toMatch(/Annexes|Prochaines réunions|Lettre du Collectif adressée/);
    expect(visibleText(external)).toContain('Secours Catholique – Caritas France');
  });

  it('is one standalone file: UTF-8, print styles, no script, nothing to fetch', () => {
    expect(internal).toMatch(/^<!DOCTYPE html>\n<html lang="fr"><head><meta charset="utf-8">/);
    expect(internal).toContain("default-src 'none'");
    expect(internal).toContain('@page');
    expect(internal).toContain('@media print');
    expect(internal).not.toMatch(/<script|<link|<img|<iframe|\bsrc=|url\(/i);
    expect(internal).toContain('êtres humains');
  });

  it('cannot be made to run or load anything by the document’s text', () => {
    const html = renderHtml(hostileMinutes());
    const body = html.replace(/<style>[\s\S]*?<\/style>/, '');
    // Every tag is one the renderer writes itself, and no attribute is an event handler.
    const tags = new Set([...body.matchAll(/<\/?([A-Za-z][\w:-]*)/g)].map((match) => match[1]?.toLowerCase()));
    expect([...tags].filter((tag) => !WRITTEN_TAGS.has(tag ?? ''))).toEqual([]);
    const attributes = [...body.matchAll(/<[a-z0-9]+((?:\s+[a-z-]+(?:="[^"]*")?)*)\s*>/gi)].flatMap((match) =>
      [...(match[1] ?? '').matchAll(/\s+([a-z-]+)(?:="[^"]*")?/gi)].map((name) => name[1]?.toLowerCase()),
    );
    expect(attributes.filter((name) => name?.startsWith('on'))).toEqual([]);
    expect(body.match(/</g)?.length).toBe(body.match(/<\/?[a-z0-9!]+[\s>]/gi)?.length);
    expect(html).not.toMatch(/javascript:/i);
    expect([...html.matchAll(/href="([^"]*)"/g)].map((match) => match[1]).every((href) => href?.startsWith('#'))).toBe(true);
    expect(html).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE]/);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expectInOrder(visibleText(html), [
      `Réunion ${HOSTILE.script} ${HOSTILE.cdataEnd} avantaprès`,
      HOSTILE.script,
      'Texte avantaprès <w:p/> ]]> &amp;',
    ]);
  });

  it('lays a cover letter out without title, sommaire or attendance, its object as its one heading, its addressee on the right', () => {
    const letter = renderHtmlDocument(buildLetterExportModel(sampleLetter()));
    expect(letter).not.toMatch(/<nav|class="presences"/);
    expect(letter.match(/<h1[ >]/g)).toHaveLength(1);
    expect(letter).toMatch(/<h1 class="lettre-objet"><strong>Objet\u00A0:<\/strong>/);
    expect(letter).toContain('<p class="lettre-destinataire">Monsieur Bernard Cazeneuve<br>Ministre de l’Intérieur<br>');
    expect(letter).toMatch(/\.lettre-destinataire \{ text-align: right;/);
    expect(letter).toContain('<title>Lettre d’envoi — Vos engagements');
    expectInOrder(visibleText(letter), ['Paris, le 21 avril 2015', 'Objet\u00A0:', 'mesure\u00A022', 'Véronique Fayet', 'Coordination', 'Notes']);
  });
});
