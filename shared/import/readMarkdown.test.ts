import { describe, expect, it } from 'vitest';
import { importMarkdown } from './importMinutes';
import { readMarkdown } from './readMarkdown';

describe('readMarkdown', () => {
  it('reads front matter into the metadata, which wins over what the text says', () => {
    const { meta } = importMarkdown('---\ntitre: "CR du bureau"\ndate: 3 mars 2014\nlieu: Lyon\n---\n\n# Réunion du 4 mars 2014\n\nTexte.\n');
    expect(meta).toMatchObject({ title: 'CR du bureau', meetingDate: '2014-03-03', place: 'Lyon' });
  });

  it('reads headings, joined soft-wrapped lines, list items, quotes as boxes and table rows', () => {
    const { blocks } = readMarkdown(
      [
        'Titre souligné',
        '==============',
        '',
        'Une phrase',
        'sur deux lignes avec un \\*astérisque\\* et du **gras**.',
        '',
        '1\\. pas une liste',
        '',
        '- un tiret',
        '3. un numéro',
        '',
        '> **À suivre :**',
        '>',
        '> dans la boîte',
        '',
        '| Organisation | Personnes |',
        '| --- | --- |',
        '| Hors la Rue | Martina Andreeva |',
        '',
        'mesure 22[^1]',
        '',
        '[^1]: Mesure 22 : Coordination départementale',
      ].join('\n'),
    );
    expect(blocks.map((block) => [block.style.kind === 'listItem' ? `${block.style.kind}:${block.style.number}` : block.style.kind, block.text, block.container ?? ''])).toEqual([
      ['heading', 'Titre souligné', ''],
      ['paragraph', 'Une phrase sur deux lignes avec un *astérisque* et du gras.', ''],
      ['paragraph', '1. pas une liste', ''],
      ['listItem:0', 'un tiret', ''],
      ['listItem:3', 'un numéro', ''],
      ['paragraph', 'À suivre :', 'quote-1'],
      ['paragraph', 'dans la boîte', 'quote-1'],
      ['paragraph', 'Hors la Rue : Martina Andreeva', ''],
      ['paragraph', 'mesure 22', ''],
    ]);
    expect(blocks[1]?.runs).toEqual([{ text: 'Une phrase sur deux lignes avec un *astérisque* et du ' }, { text: 'gras', bold: true }, { text: '.' }]);
  });
});
