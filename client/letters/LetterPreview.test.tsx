import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { LetterPreviewFoot, LetterPreviewHead } from './LetterPreview';
import { sampleLetter as letter } from './testing/sampleLetter';

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/[ \t\n]+/g, ' ').replace(/&#x27;/g, "'").trim();

describe('LetterPreview', () => {
  it('L3: prints place and date, the addressee’s block and « Objet » above the body', () => {
    const head = text(renderToStaticMarkup(<LetterPreviewHead letter={letter(true)} />));
    expect(head).toContain('Paris, le 21 avril 2015');
    expect(head).toContain('Monsieur Bernard Cazeneuve Ministre de l’Intérieur Place Beauvau 75800 Paris Cedex 08');
    expect(head).toContain('Objet\u00a0: Vos engagements dans la lutte contre la traite');
  });

  it('L3: prints the signatory, PJ, copies and the member associations of the collective below it', () => {
    const foot = text(renderToStaticMarkup(<LetterPreviewFoot letter={letter(true)} />));
    expect(foot).toContain('Véronique Fayet Présidente du Secours Catholique Pour le Collectif');
    expect(foot).toContain('PJ\u00a0: Compte-rendu du 23 septembre 2014');
    expect(foot).toContain('Copies\u00a0: Monsieur Eric Panloup, Coordinateur National');
    expect(foot).toContain(
      'Associations membres du Collectif «\u00a0Ensemble contre la traite des êtres humains\u00a0»\u00a0: Amicale du Nid, Hors la Rue, Secours Catholique',
    );
  });

  it('L3: leaves the member associations out when the box is unticked', () => {
    expect(renderToStaticMarkup(<LetterPreviewFoot letter={letter(false)} />)).not.toContain('Associations membres');
  });
});
