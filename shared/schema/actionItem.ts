import { Node, mergeAttributes } from '@tiptap/core';
import { dataAttribute, newBlockId } from './blockId';
import { insertBlockAfter, type BlockPlacement } from './insertBlockAfter';

export type ActionItemStatus = 'open' | 'done';

export interface ActionItemAttributes {
  id: string | null;
  /** Organisations that follow the item up. */
  owners: string[];
  /** An ISO date, or free text (« d'ici la prochaine réunion »). */
  due: string;
  status: ActionItemStatus;
  /**
   * Where a carried item was first written (M9): the compte-rendu and the item's id there.
   * Null for an item written in this document. The carried copy keeps the same `id`.
   */
  originDocument: string | null;
  originItem: string | null;
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    actionItem: {
      /** Wraps the current block(s) in an « À suivre » box, or inserts an empty one (see BlockPlacement). */
      insertActionItem: (attributes?: Partial<ActionItemAttributes>, placement?: BlockPlacement) => ReturnType;
    };
  }
}

const parseOwners = (element: HTMLElement): string[] =>
  (element.getAttribute('data-owners') ?? '')
    .split(';')
    .map((owner) => owner.trim())
    .filter(Boolean);

/** The « À suivre » box: a follow-up, with who owns it, by when, and whether it is done. */
export const ActionItem = Node.create({
  name: 'actionItem',
  group: 'block',
  content: 'paragraph+',
  defining: true,

  addAttributes() {
    return {
      id: dataAttribute('id'),
      owners: {
        default: [],
        parseHTML: parseOwners,
        renderHTML: (attributes: Record<string, unknown>) => {
          const owners = attributes.owners as string[] | undefined;
          return owners && owners.length > 0 ? { 'data-owners': owners.join(';') } : {};
        },
      },
      due: dataAttribute('due', ''),
      status: {
        default: 'open',
        parseHTML: (element: HTMLElement) => (element.getAttribute('data-status') === 'done' ? 'done' : 'open'),
        renderHTML: (attributes: Record<string, unknown>) => ({ 'data-status': attributes.status }),
      },
      originDocument: dataAttribute('origin-document'),
      originItem: dataAttribute('origin-item'),
    };
  },

  parseHTML() {
    return [{ tag: 'aside[data-action-item]' }];
  },

  renderHTML({ HTMLAttributes }) {
    return ['aside', mergeAttributes(HTMLAttributes, { 'data-action-item': '' }), 0];
  },

  addCommands() {
    return {
      insertActionItem:
        (attributes = {}, placement = 'wrap') =>
        (props) => {
          const attrs = { owners: [], due: '', status: 'open', ...attributes, id: newBlockId(), originDocument: null, originItem: null };
          const empty = { type: this.name, attrs, content: [{ type: 'paragraph' }] };
          if (placement === 'after') return insertBlockAfter(empty)(props);
          return props.commands.wrapIn(this.name, attrs) || props.commands.insertContent(empty);
        },
    };
  },

  addKeyboardShortcuts() {
    return { 'Mod-Alt-s': () => this.editor.commands.insertActionItem() };
  },
});
