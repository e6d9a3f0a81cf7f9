import { describe, expect, it } from 'vitest';
import { getSchema } from '@tiptap/core';
import type { NodeType } from '@tiptap/pm/model';
import { schemaExtensions } from '../../../shared/schema/extensions';
import { minutesSchema } from '../../../shared/schema/proseMirrorSchema';
import { withNodeViews } from './withNodeViews';

/** What of a node type ends up in documents: its content, grouping and attributes. */
const shapeOf = (type: NodeType) => ({
  content: type.spec.content,
  group: type.spec.group,
  inline: type.spec.inline,
  atom: type.spec.atom,
  attrs: Object.fromEntries(Object.entries(type.spec.attrs ?? {}).map(([name, spec]) => [name, spec.default])),
});

describe('withNodeViews', () => {
  it('R15: gives nodes their views without changing the schema of the documents', () => {
    const viewed = getSchema(withNodeViews(schemaExtensions()));
    const shared = minutesSchema();
    expect(Object.keys(viewed.nodes)).toEqual(Object.keys(shared.nodes));
    for (const [name, type] of Object.entries(shared.nodes)) {
      expect(shapeOf(viewed.nodes[name] as NodeType), name).toEqual(shapeOf(type));
    }
  });

  it('swaps in a view for each compte-rendu node and leaves the others alone', () => {
    const extensions = schemaExtensions();
    const viewed = withNodeViews(extensions);
    const swapped = viewed.filter((extension, index) => extension !== extensions[index]).map((e) => e.name);
    expect(swapped).toEqual(['speakerTurn', 'actionItem', 'measureRef', 'markedSection', 'annex']);
  });
});
