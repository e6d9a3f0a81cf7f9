import { Node, mergeAttributes } from '@tiptap/core';
import { insertBlockAfter, type BlockPlacement } from './insertBlockAfter';

/** Parts of the minutes that the external export drops. */
export const MARKED_SECTION_KINDS = ['annexes', 'nextMeetings'] as const;
export type MarkedSectionKind = (typeof MARKED_SECTION_KINDS)[number];

export const markedSectionTitles: Record<MarkedSectionKind, string> = {
  annexes: 'Annexes',
  nextMeetings: 'Prochaines réunions',
};

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    markedSection: {
      /** Wraps the current block(s) in a marked section, or inserts an empty one (see BlockPlacement). */
      insertMarkedSection: (kind: MarkedSectionKind, placement?: BlockPlacement) => ReturnType;
    };
  }
}

const isKind = (value: unknown): value is MarkedSectionKind =>
  (MARKED_SECTION_KINDS as readonly unknown[]).includes(value);

/** « Annexes » and « Prochaines réunions »: kept apart so export profiles can drop them. */
export const MarkedSection = Node.create({
  name: 'markedSection',
  group: 'block',
  content: 'block+',
  defining: true,

  addAttributes() {
    return {
      kind: {
        default: 'annexes',
        parseHTML: (element: HTMLElement) => {
          const kind = element.getAttribute('data-marked-section');
          return isKind(kind) ? kind : 'annexes';
        },
        renderHTML: (attributes: Record<string, unknown>) => ({ 'data-marked-section': attributes.kind }),
      },
    };
  },

  parseHTML() {
    return [{ tag: 'section[data-marked-section]' }];
  },

  renderHTML({ HTMLAttributes }) {
    return ['section', mergeAttributes(HTMLAttributes), 0];
  },

  addCommands() {
    return {
      insertMarkedSection:
        (kind, placement = 'wrap') =>
        (props) => {
          const empty = { type: this.name, attrs: { kind }, content: [{ type: 'paragraph' }] };
          if (placement === 'after') return insertBlockAfter(empty)(props);
          return props.commands.wrapIn(this.name, { kind }) || props.commands.insertContent(empty);
        },
    };
  },

  addKeyboardShortcuts() {
    return {
      'Mod-Alt-a': () => this.editor.commands.insertMarkedSection('annexes'),
      'Mod-Alt-r': () => this.editor.commands.insertMarkedSection('nextMeetings'),
    };
  },
});
