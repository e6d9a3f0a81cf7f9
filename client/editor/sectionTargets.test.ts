import { describe, expect, it } from 'vitest';
import type { ProseMirrorJSON } from '../../shared/schema/bodyContent';
import { checkedBody } from '../../shared/schema/bodyContent';
import { sommaireOf } from '../../shared/model/sommaire';
import { sectionHeadingPositions } from './sectionTargets';

const heading = (level: number, text: string) => ({
  type: 'heading',
  attrs: { level },
  content: [{ type: 'text', text }],
});
const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });

const body: ProseMirrorJSON = {
  type: 'doc',
  content: [
    paragraph('Introduction'),
    heading(2, 'Actualités'),
    heading(3, 'Choix de la thématique'),
    { type: 'markedSection', attrs: { kind: 'annexes' }, content: [heading(2, 'Dans les annexes')] },
    heading(2, 'Retour sur la rencontre'),
  ],
};

describe('sectionHeadingPositions', () => {
  it('points at each sommaire entry’s heading, in sommaire order', () => {
    const doc = checkedBody(body);
    const positions = sectionHeadingPositions(doc);
    const entries = sommaireOf(body);
    expect(positions).toHaveLength(entries.length);
    entries.forEach((entry, index) => {
      const node = doc.nodeAt(positions[entry.index] as number);
      expect(node?.type.name, entry.title).toBe('heading');
      expect(node?.textContent).toBe(entry.title);
      expect(index).toBe(entry.index);
    });
  });

  it('finds nothing in a document without sections', () => {
    expect(sectionHeadingPositions(checkedBody({ type: 'doc', content: [paragraph('Texte')] }))).toEqual([]);
  });
});
