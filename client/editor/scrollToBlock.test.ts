import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { writeMeta } from '../../shared/model/meta';
import { checkedBody, writeBodyContent } from '../../shared/schema/bodyContent';
import demo from '../../server/src/demo/compte-rendu-2013-11-22.json';
import { documentPassages } from '../../server/src/search/documentPassages';
import { blockPosition } from './scrollToBlock';

const fold = (text: string) => text.replace(/\s+/g, '');

describe('blockPosition', () => {
  it('finds the block of every passage the search index gives for the demo (the `#bloc-` links of results)', () => {
    const doc = new Y.Doc();
    writeMeta(doc, demo.meta);
    writeBodyContent(doc, demo.content);
    const body = checkedBody(demo.content);
    const blocks = documentPassages(doc).filter((passage) => passage.blockId !== null);
    expect(blocks.length).toBeGreaterThan(20);
    for (const passage of blocks) {
      const pos = blockPosition(body, passage.blockId!);
      expect(pos, passage.blockId!).toBeDefined();
      const words = fold(passage.text).slice(0, 40);
      expect(fold(body.nodeAt(pos!)!.textContent), passage.blockId!).toContain(words);
    }
  });

  it('finds nothing for an unknown block', () => {
    const body = checkedBody(demo.content);
    expect(blockPosition(body, 'inconnu')).toBeUndefined();
    expect(blockPosition(body, `n${body.childCount}`)).toBeUndefined();
  });
});
