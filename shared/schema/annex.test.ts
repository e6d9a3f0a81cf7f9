import { Editor, type JSONContent } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { createMinutesSchema } from '../api/minutes';
import { checkedBody } from './bodyContent';
import { schemaExtensions } from './extensions';
import { minutesSchema } from './proseMirrorSchema';
import { nodeAttributeProblem, nodeAttributesProblem } from './valueRules';

const documentId = 'AbCdEfGhIjKlMnOpQr_-12';
const letter = { kind: 'file', annexId: 'Qk9fNzQ4X2xldHRyZV8x', label: 'Lettre de la ministre du 12 novembre 2013' } as const;
const minutes = { kind: 'minutes', documentId, label: 'Compte-rendu de la réunion du 18 octobre 2013' } as const;
const paragraph = (text: string): JSONContent => ({ type: 'paragraph', content: [{ type: 'text', text }] });

let editor: Editor | undefined;
afterEach(() => editor?.destroy());

const editorWith = (...content: JSONContent[]) => {
  editor = new Editor({ extensions: schemaExtensions(), content: { type: 'doc', content } });
  return editor;
};

/** The body as types, the annexes as their labels: `section(…)` for a marked section. */
const outline = (node: JSONContent): unknown[] =>
  (node.content ?? []).map((child) => {
    if (child.type === 'annex') return `annex ${String(child.attrs?.kind)}: ${String(child.attrs?.label)}`;
    if (child.type === 'markedSection') return { [String(child.attrs?.kind)]: outline(child) };
    return child.type;
  });

describe('the annex node (M12)', () => {
  it('M12: insertAnnex adds the annex at the end of the Annexes section', () => {
    const current = editorWith(paragraph('Ordre du jour'), { type: 'markedSection', attrs: { kind: 'annexes' }, content: [paragraph('Liste tapée')] }, {
      type: 'markedSection',
      attrs: { kind: 'nextMeetings' },
      content: [paragraph('Le 31 janvier')],
    });
    expect(current.commands.insertAnnex(letter)).toBe(true);
    expect(current.commands.insertAnnex(minutes)).toBe(true);
    expect(outline(current.getJSON())).toEqual([
      'paragraph',
      { annexes: ['paragraph', `annex file: ${letter.label}`, `annex minutes: ${minutes.label}`] },
      { nextMeetings: ['paragraph'] },
    ]);
    const { attrs } = current.state.doc.child(1).child(1);
    expect(attrs).toMatchObject({ ...letter, documentId: '' });
    expect(attrs.id).toMatch(/^[A-Za-z0-9_-]{12}$/);
  });

  it('M12: without an Annexes section, insertAnnex makes one at the end of the body; an empty new section takes the annex in place of its paragraph', () => {
    const bare = editorWith(paragraph('Ordre du jour'));
    expect(bare.commands.insertAnnex(letter)).toBe(true);
    expect(outline(bare.getJSON())).toEqual(['paragraph', { annexes: [`annex file: ${letter.label}`] }]);
    bare.destroy();

    const fresh = editorWith(paragraph('Ordre du jour'), { type: 'markedSection', attrs: { kind: 'annexes' }, content: [{ type: 'paragraph' }] });
    expect(fresh.commands.insertAnnex(minutes)).toBe(true);
    expect(outline(fresh.getJSON())).toEqual(['paragraph', { annexes: [`annex minutes: ${minutes.label}`] }]);
  });

  it('M12: insertAnnex refuses an annex whose reference does not match its kind, or a label on two lines', () => {
    const current = editorWith(paragraph('Ordre du jour'));
    expect(current.commands.insertAnnex({ kind: 'file', label: 'Sans fichier' })).toBe(false);
    expect(current.commands.insertAnnex({ kind: 'minutes', documentId: 'pas-un-id', label: 'CR' })).toBe(false);
    expect(current.commands.insertAnnex({ ...letter, label: 'Lettre\nde la ministre' })).toBe(false);
    expect(outline(current.getJSON())).toEqual(['paragraph']);
  });

  it('M12: an annex is written to HTML with its data attributes, and read back; a pasted annex that names nothing is left out', () => {
    const schema = minutesSchema();
    const node = schema.nodeFromJSON({ type: 'annex', attrs: { id: 'abc', ...letter } });
    const [tag, attributes, text] = node.type.spec.toDOM?.(node) as [string, Record<string, string>, string];
    expect([tag, text]).toEqual(['div', letter.label]);
    expect(attributes).toEqual({ 'data-annex': '', 'data-id': 'abc', 'data-annex-kind': 'file', 'data-annex-id': letter.annexId, 'data-label': letter.label });
    // What the parser reads from a pasted element: these very attributes.
    const rule = schema.nodes.annex?.spec.parseDOM?.[0];
    const pasted = (attrs: Record<string, string>) => ({ getAttribute: (name: string) => attrs[name] ?? null }) as unknown as HTMLElement;
    expect(rule?.tag).toBe('div[data-annex]');
    expect(rule?.getAttrs?.(pasted(attributes))).not.toBe(false);
    expect(rule?.getAttrs?.(pasted({ 'data-annex-kind': 'file', 'data-label': 'Rien' }))).toBe(false);
  });

  it('M12: the schema takes an annex anywhere a block goes', () => {
    expect(() => checkedBody({ type: 'doc', content: [{ type: 'annex', attrs: minutes }] })).not.toThrow();
  });
});

describe('values of an annex (A2, M12)', () => {
  it('M12: kind is file or minutes; ids have the charset of ids; the label is one bounded line', () => {
    expect(nodeAttributeProblem('annex', 'kind', 'url')).toBe('annexKind');
    expect(nodeAttributeProblem('annex', 'kind', 'minutes')).toBeUndefined();
    expect(nodeAttributeProblem('annex', 'annexId', '../../etc/passwd')).toBe('annexReference');
    expect(nodeAttributeProblem('annex', 'annexId', 'x'.repeat(65))).toBe('annexReference');
    expect(nodeAttributeProblem('annex', 'annexId', '')).toBeUndefined();
    expect(nodeAttributeProblem('annex', 'documentId', 'trop-court')).toBe('annexReference');
    expect(nodeAttributeProblem('annex', 'documentId', documentId)).toBeUndefined();
    expect(nodeAttributeProblem('annex', 'id', 'a b')).toBe('annexReference');
    expect(nodeAttributeProblem('annex', 'label', 'Lettre\tde la ministre')).toBe('controlCharacter');
    expect(nodeAttributeProblem('annex', 'label', 'x'.repeat(501))).toBe('annexLabel');
    expect(nodeAttributeProblem('annex', 'label', 42)).toBe('annexLabel');
    expect(nodeAttributeProblem('annex', 'label', 'Lettre de la ministre')).toBeUndefined();
  });

  it('M12: an annex names the reference of its kind, and only that one', () => {
    expect(nodeAttributesProblem('annex', { id: null, ...letter, documentId: '' })).toBeUndefined();
    expect(nodeAttributesProblem('annex', { id: null, ...minutes, annexId: '' })).toBeUndefined();
    expect(nodeAttributesProblem('annex', { kind: 'file', annexId: '', documentId, label: 'x' })).toBe('annexReference');
    expect(nodeAttributesProblem('annex', { ...letter, documentId })).toBe('annexReference');
    expect(nodeAttributesProblem('annex', { label: 'x' })).toBe('annexKind');
  });

  it('M12: POST /api/minutes content holds annexes to the same rules, with a French message', () => {
    const body = (attrs: object) => ({ meta: { title: 'Réunion' }, content: { type: 'doc', content: [{ type: 'annex', attrs }] } });
    expect(createMinutesSchema.safeParse(body({ ...minutes, annexId: '' })).success).toBe(true);
    expect(createMinutesSchema.safeParse(body({ ...minutes, kind: 'file' })).error?.issues[0]?.message).toBe(
      'une annexe doit désigner le fichier joint ou le compte-rendu lié qu’elle annonce',
    );
  });
});
