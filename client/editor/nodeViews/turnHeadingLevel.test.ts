import { describe, expect, it } from 'vitest';
import { minutesSchema } from '../../../shared/schema/proseMirrorSchema';
import { turnHeadingLevel } from './turnHeadingLevel';

const schema = minutesSchema();
const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const heading = (level: number, text: string) => ({ type: 'heading', attrs: { level }, content: [{ type: 'text', text }] });
const turn = (organisation: string) => ({ type: 'speakerTurn', attrs: { organisation }, content: [paragraph('…')] });

/** The heading level of each turn, by organisation. */
function levels(content: object[]): Record<string, number> {
  const doc = schema.nodeFromJSON({ type: 'doc', content });
  const found: Record<string, number> = {};
  doc.descendants((node, pos) => {
    if (node.type.name === 'speakerTurn') found[String(node.attrs.organisation)] = turnHeadingLevel(doc, pos);
  });
  return found;
}

describe('turnHeadingLevel', () => {
  it('puts each turn one level below the last heading before it, never skipping a level', () => {
    expect(
      levels([turn('Ensemble'), heading(2, 'Tour de table'), turn('Hors la Rue'), heading(3, 'Mineurs'), turn('ECPAT'), heading(2, 'Divers'), turn('CCEM')]),
    ).toEqual({ Ensemble: 2, 'Hors la Rue': 3, ECPAT: 4, CCEM: 3 });
  });
});
