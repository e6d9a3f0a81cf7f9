import { Node, mergeAttributes } from '@tiptap/core';
import { dataAttribute, newBlockId } from './blockId';
import { insertBlockAfter, type BlockPlacement } from './insertBlockAfter';

export interface SpeakerTurnAttributes {
  id: string | null;
  /** The organisation speaking (« Secours Catholique »), shown as the turn's heading. */
  organisation: string;
  /** The person, when the minutes name one (« M. Soulage »). */
  person: string;
  /** A function rather than a name (« Ministre des Droits des femmes »). */
  role: string;
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    speakerTurn: {
      /** Wraps the current block(s) in a speaker turn, or inserts an empty one (see BlockPlacement). */
      insertSpeakerTurn: (attributes?: Partial<SpeakerTurnAttributes>, placement?: BlockPlacement) => ReturnType;
    };
  }
}

/** « Tour de parole »: what one organisation said, as one or more paragraphs. */
export const SpeakerTurn = Node.create({
  name: 'speakerTurn',
  group: 'block',
  content: 'paragraph+',
  defining: true,

  addAttributes() {
    return {
      id: dataAttribute('id'),
      organisation: dataAttribute('organisation', ''),
      person: dataAttribute('person', ''),
      role: dataAttribute('role', ''),
    };
  },

  parseHTML() {
    return [{ tag: 'section[data-speaker-turn]' }];
  },

  renderHTML({ HTMLAttributes }) {
    return ['section', mergeAttributes(HTMLAttributes, { 'data-speaker-turn': '' }), 0];
  },

  addCommands() {
    return {
      insertSpeakerTurn:
        (attributes = {}, placement = 'wrap') =>
        (props) => {
          const attrs = { organisation: '', person: '', role: '', ...attributes, id: newBlockId() };
          const empty = { type: this.name, attrs, content: [{ type: 'paragraph' }] };
          if (placement === 'after') return insertBlockAfter(empty)(props);
          return props.commands.wrapIn(this.name, attrs) || props.commands.insertContent(empty);
        },
    };
  },

  addKeyboardShortcuts() {
    return { 'Mod-Alt-p': () => this.editor.commands.insertSpeakerTurn() };
  },
});
