import * as Y from 'yjs';
import { BODY_FRAGMENT } from '../client/benchClient';

const words = [
  'le', 'conseil', 'municipal', 'a', 'adopté', 'la', 'délibération', 'relative', 'au', 'budget', 'de',
  'l’exercice', 'après', 'débat', 'sur', 'les', 'subventions', 'aux', 'associations', 'et', 'travaux',
  'école', 'voirie', 'vote', 'unanimité', 'moins', 'deux', 'abstentions', 'rapporteur', 'séance',
];

/**
 * A year of minutes: `paragraphs` editor paragraphs of about `paragraphChars`
 * characters each, shaped as the editor stores them (paragraph elements holding
 * text in the body fragment), encoded as one update. Deterministic.
 */
export function buildMinutesDocument(paragraphs: number, paragraphChars: number): Uint8Array {
  const doc = new Y.Doc();
  const body = doc.getXmlFragment(BODY_FRAGMENT);
  let wordIndex = 0;
  const batch = 250;
  for (let start = 0; start < paragraphs; start += batch) {
    doc.transact(() => {
      const elements = Array.from({ length: Math.min(batch, paragraphs - start) }, (_, offset) => {
        let text = `§${start + offset} `;
        while (text.length < paragraphChars) text += `${words[wordIndex++ % words.length]} `;
        const paragraph = new Y.XmlElement('paragraph');
        paragraph.insert(0, [new Y.XmlText(text)]);
        return paragraph;
      });
      body.insert(body.length, elements);
    });
  }
  const update = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return update;
}
