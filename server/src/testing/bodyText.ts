import * as Y from 'yjs';
import { BODY_FRAGMENT } from '../../../shared/schema/extensions';

/**
 * Test scripts write like an editor would: into the body fragment, as text of its last
 * paragraph (created if the body has none). The relay refuses root types the model does
 * not define (M1), so a bare `Y.Text` would not do.
 */
export function appendToBody(doc: Y.Doc, text: string): void {
  const body = doc.getXmlFragment(BODY_FRAGMENT);
  doc.transact(() => {
    let paragraph = body.get(body.length - 1);
    if (!(paragraph instanceof Y.XmlElement) || paragraph.nodeName !== 'paragraph') {
      paragraph = new Y.XmlElement('paragraph');
      body.push([paragraph]);
    }
    const element = paragraph as Y.XmlElement;
    let run = element.get(element.length - 1);
    if (!(run instanceof Y.XmlText)) {
      run = new Y.XmlText();
      element.push([run]);
    }
    const xmlText = run as Y.XmlText;
    xmlText.insert(xmlText.length, text);
  });
}

/** The body's words, every text run joined without separators. */
export function bodyText(doc: Y.Doc): string {
  let text = '';
  for (const run of textRuns(doc.getXmlFragment(BODY_FRAGMENT))) {
    for (const part of run.toDelta() as Array<{ insert: unknown }>) if (typeof part.insert === 'string') text += part.insert;
  }
  return text;
}

function* textRuns(parent: Y.XmlFragment | Y.XmlElement): Generator<Y.XmlText> {
  for (const child of parent.toArray()) {
    if (child instanceof Y.XmlText) yield child;
    else if (child instanceof Y.XmlElement) yield* textRuns(child);
  }
}
