import { Node, mergeAttributes, type JSONContent } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import { dataAttribute, newBlockId } from './blockId';
import { type AnnexKind, isAnnexKind, nodeAttributesProblem } from './valueRules';

export interface AnnexAttributes {
  id: string | null;
  kind: AnnexKind;
  /** The server's id of the attached file (kind `file`), else ''. */
  annexId: string;
  /** The linked compte-rendu of the collective (kind `minutes`), else ''. */
  documentId: string;
  /** One line: « Lettre de la ministre du 12 novembre 2013 ». */
  label: string;
}

export type NewAnnex = Omit<AnnexAttributes, 'id' | 'annexId' | 'documentId'> & Partial<Pick<AnnexAttributes, 'annexId' | 'documentId'>>;

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    annex: {
      /** Adds an annex at the end of the « Annexes » section, made at the end of the body when there is none. */
      insertAnnex: (attributes: NewAnnex) => ReturnType;
    };
  }
}

/** « Annexe 2 — Compte-rendu de la réunion du 18 octobre 2013 » */
export const annexHeading = (number: number, label: string): string => `Annexe ${number} — ${label}`;

/** A text attribute `name` stored in HTML as `html` (left out when empty). */
const textAttribute = (name: keyof AnnexAttributes, html: string) => ({
  default: '',
  parseHTML: (element: HTMLElement) => element.getAttribute(html) ?? '',
  renderHTML: (attributes: Record<string, unknown>) => {
    const value = attributes[name];
    return typeof value === 'string' && value !== '' ? { [html]: value } : {};
  },
});

/** The first « Annexes » section of `doc`, with its position. */
function annexesSection(doc: PMNode): { node: PMNode; pos: number } | undefined {
  let found: { node: PMNode; pos: number } | undefined;
  doc.descendants((node, pos) => {
    if (found) return false;
    if (node.type.name === 'markedSection' && node.attrs.kind === 'annexes') {
      found = { node, pos };
      return false;
    }
    return true;
  });
  return found;
}

/**
 * An annex of the minutes (M12): an attached file, whose bytes live in the server's storage
 * and never in the document, or another compte-rendu of the collective. A block atom that
 * holds only the reference and a one-line label; annexes are numbered in document order.
 */
export const Annex = Node.create({
  name: 'annex',
  group: 'block',
  atom: true,
  selectable: true,
  draggable: false,

  addAttributes() {
    return {
      id: dataAttribute('id'),
      kind: {
        default: 'file',
        parseHTML: (element: HTMLElement) => element.getAttribute('data-annex-kind') ?? 'file',
        renderHTML: (attributes: Record<string, unknown>) => ({ 'data-annex-kind': attributes.kind }),
      },
      annexId: textAttribute('annexId', 'data-annex-id'),
      documentId: textAttribute('documentId', 'data-document-id'),
      label: textAttribute('label', 'data-label'),
    };
  },

  parseHTML() {
    // A pasted annex that names nothing it could open stays out rather than show an empty line.
    return [
      {
        tag: 'div[data-annex]',
        getAttrs: (element: HTMLElement) => {
          const attributes = {
            kind: element.getAttribute('data-annex-kind'),
            annexId: element.getAttribute('data-annex-id') ?? '',
            documentId: element.getAttribute('data-document-id') ?? '',
            label: element.getAttribute('data-label') ?? '',
          };
          return isAnnexKind(attributes.kind) && !nodeAttributesProblem('annex', attributes) ? null : false;
        },
      },
    ];
  },

  renderHTML({ node, HTMLAttributes }) {
    return ['div', mergeAttributes(HTMLAttributes, { 'data-annex': '' }), String(node.attrs.label ?? '')];
  },

  renderText({ node }) {
    return String(node.attrs.label ?? '');
  },

  addCommands() {
    return {
      insertAnnex:
        (attributes) =>
        ({ tr, state, dispatch }) => {
          const attrs: AnnexAttributes = { annexId: '', documentId: '', ...attributes, label: attributes.label.trim(), id: newBlockId() };
          if (nodeAttributesProblem(this.name, { ...attrs })) return false;
          const annex: JSONContent = { type: this.name, attrs };
          const section = annexesSection(tr.doc);
          if (!dispatch) return true;
          if (!section) {
            tr.insert(tr.doc.content.size, state.schema.nodeFromJSON({ type: 'markedSection', attrs: { kind: 'annexes' }, content: [annex] }));
          } else if (section.node.childCount === 1 && section.node.firstChild?.type.name === 'paragraph' && section.node.firstChild.content.size === 0) {
            // A section just inserted holds one empty paragraph: the annex takes its place.
            tr.replaceWith(section.pos + 1, section.pos + section.node.nodeSize - 1, state.schema.nodeFromJSON(annex));
          } else {
            tr.insert(section.pos + section.node.nodeSize - 1, state.schema.nodeFromJSON(annex));
          }
          return true;
        },
    };
  },
});
