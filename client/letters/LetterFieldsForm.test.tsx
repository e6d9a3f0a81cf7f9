import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { LetterFieldsForm } from './LetterFieldsForm';
import { sampleLetter } from './testing/sampleLetter';

const render = (canEdit: boolean, staleNotice: string | null = null) =>
  renderToStaticMarkup(<LetterFieldsForm letter={sampleLetter(true, canEdit)} onSaved={() => {}} onStale={() => {}} staleNotice={staleNotice} />);

const labels = (html: string) => [...html.matchAll(/<label[^>]*>(.*?)<\/label>/g)].map((match) => match[1]!.replace(/<[^>]+>/g, ''));

describe('LetterFieldsForm', () => {
  it('L3: every field of the letter has its label, the date is a date field', () => {
    const html = render(true);
    expect(labels(html)).toEqual(
      expect.arrayContaining([
        'Ligne d’en-tête 1',
        'Nom du destinataire',
        'Fonction du destinataire',
        'Ligne d’adresse 1',
        'Ligne d’adresse 2',
        'Lieu',
        'Date',
        'Objet',
        'Nom du signataire',
        'Fonction du signataire',
        'Au nom de',
        'Pièce jointe 1',
        'Copie 1 : nom',
        'Copie 1 : fonction',
        'Imprimer la liste des associations membres',
        'Contact',
      ]),
    );
    expect(html).toMatch(/<input[^>]*type="date"[^>]*value="2015-04-21"/);
    expect(html).toContain('>Enregistrer</button>');
    expect(html).toContain('Ajouter une copie');
  });

  it('L4: members and readers see the fields but cannot change nor save them', () => {
    const html = render(false);
    expect(html).toContain('Seuls le secrétariat et la coordination modifient la lettre.');
    expect(html).not.toContain('Enregistrer');
    expect(html).not.toContain('Retirer');
    expect(html).not.toContain('Ajouter');
    const inputs = [...html.matchAll(/<input[^>]*>/g)].map((match) => match[0]);
    expect(inputs.length).toBeGreaterThan(10);
    expect(inputs.every((input) => input.includes('disabled'))).toBe(true);
  });

  it('L3: after a stale save, says the letter was changed by someone else and reloaded', () => {
    expect(render(true, 'La lettre a été modifiée par quelqu’un d’autre : rechargée')).toContain(
      'La lettre a été modifiée par quelqu’un d’autre : rechargée',
    );
  });
});
