import { EditorState } from '@tiptap/pm/state';
import { describe, expect, it } from 'vitest';
import { minutesSchema } from './proseMirrorSchema';
import { safeLinksPlugin } from './safeLinks';

const schema = minutesSchema();

function editorWith(text: string): EditorState {
  const doc = schema.node('doc', null, [schema.node('paragraph', null, [schema.text(text)])]);
  return EditorState.create({ doc, plugins: [safeLinksPlugin()] });
}

const linksOf = (state: EditorState): unknown[] => {
  const hrefs: unknown[] = [];
  state.doc.descendants((node) => {
    for (const mark of node.marks) if (mark.type.name === 'link') hrefs.push(mark.attrs.href);
  });
  return hrefs;
};

const linkWords = (state: EditorState, href: string) =>
  state.applyTransaction(state.tr.addMark(1, 7, schema.marks.link!.create({ href }))).state;

describe('links in the editor (A2)', () => {
  it('A2: a link to javascript:, data:, a relative path or with a control character in its scheme loses its link, keeping its words', () => {
    for (const href of ['javascript:alert(1)', 'JavaScript:alert(1)', 'java\tscript:alert(1)', 'data:text/html,x', '/admin', 'ftp://exemple.org', ' https://exemple.org']) {
      const state = linkWords(editorWith('Voir le site.'), href);
      expect(linksOf(state), href).toEqual([]);
      expect(state.doc.textContent).toBe('Voir le site.');
    }
  });

  it('A2: a link to the web or to a mail address stays', () => {
    for (const href of ['https://www.ecpat-france.fr', 'http://exemple.org/a b', 'mailto:secretariat@exemple.org']) {
      expect(linksOf(linkWords(editorWith('Voir le site.'), href))).toEqual([href]);
    }
  });

  it('leaves alone what peers wrote or what was stored: it is not this editor’s edit to make', () => {
    const state = editorWith('Voir le site.');
    const remote = state.tr.addMark(1, 7, schema.marks.link!.create({ href: 'javascript:alert(1)' })).setMeta('y-sync$', { isChangeOrigin: true });
    expect(linksOf(state.applyTransaction(remote).state)).toEqual(['javascript:alert(1)']);
  });
});

describe('links stored before the rule', () => {
  it('keeps an old link outside what is being edited', () => {
    const doc = schema.node('doc', null, [
      schema.node('paragraph', null, [schema.text('ancien', [schema.marks.link!.create({ href: 'ftp://exemple.org' })]), schema.text(' lien.')]),
    ]);
    const state = EditorState.create({ doc, plugins: [safeLinksPlugin()] });
    const typed = state.applyTransaction(state.tr.insertText(' Suite', state.doc.content.size - 1)).state;
    expect(typed.doc.textContent).toBe('ancien lien. Suite');
    expect(linksOf(typed)).toEqual(['ftp://exemple.org']);
  });

  it('unlinks, whole, an old link someone types inside', () => {
    const doc = schema.node('doc', null, [
      schema.node('paragraph', null, [schema.text('ancien', [schema.marks.link!.create({ href: 'ftp://exemple.org' })]), schema.text(' lien.')]),
    ]);
    const state = EditorState.create({ doc, plugins: [safeLinksPlugin()] });
    const typed = state.applyTransaction(state.tr.insertText('x', 3)).state;
    expect(typed.doc.textContent).toBe('anxcien lien.');
    expect(linksOf(typed)).toEqual([]);
  });
});
