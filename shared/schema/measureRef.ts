import { Node, mergeAttributes } from '@tiptap/core';
import { isMeasureNumber } from './valueRules';

export interface MeasureRefAttributes {
  /** Registry id of the plan (« pan-teh-2014-2016 »). */
  plan: string;
  /** A positive integer (SPEC A2): the relay refuses any other, so « mesure NaN » is never written. */
  number: number;
  /** A sub-item of the measure (« 2ème tiret »), or empty. */
  item: string;
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    measureRef: {
      insertMeasureRef: (attributes: MeasureRefAttributes) => ReturnType;
    };
  }
}

/** How a reference reads in running text: « mesure 22 », « mesure 10, 2ème tiret ». */
export const measureRefLabel = ({ number, item }: Pick<MeasureRefAttributes, 'number' | 'item'>): string =>
  item ? `mesure ${number}, ${item}` : `mesure ${number}`;

/** A reference to a measure of the collective's plan registry: an inline atom. */
export const MeasureRef = Node.create({
  name: 'measureRef',
  group: 'inline',
  inline: true,
  atom: true,
  selectable: true,

  addAttributes() {
    return {
      plan: {
        default: '',
        parseHTML: (element: HTMLElement) => element.getAttribute('data-plan') ?? '',
        renderHTML: (attributes: Record<string, unknown>) => ({ 'data-plan': attributes.plan }),
      },
      number: {
        default: 0,
        parseHTML: (element: HTMLElement) => Number(element.getAttribute('data-number') ?? 0),
        renderHTML: (attributes: Record<string, unknown>) => ({ 'data-number': attributes.number }),
      },
      item: {
        default: '',
        parseHTML: (element: HTMLElement) => element.getAttribute('data-item') ?? '',
        renderHTML: (attributes: Record<string, unknown>) => (attributes.item ? { 'data-item': attributes.item } : {}),
      },
    };
  },

  parseHTML() {
    // A pasted reference without a real number stays as its words, not « mesure NaN ».
    return [
      {
        tag: 'span[data-measure-ref]',
        getAttrs: (element: HTMLElement) => (isMeasureNumber(Number(element.getAttribute('data-number'))) ? null : false),
      },
    ];
  },

  renderHTML({ node, HTMLAttributes }) {
    return [
      'span',
      mergeAttributes(HTMLAttributes, { 'data-measure-ref': '' }),
      measureRefLabel(node.attrs as MeasureRefAttributes),
    ];
  },

  renderText({ node }) {
    return measureRefLabel(node.attrs as MeasureRefAttributes);
  },

  addCommands() {
    return {
      insertMeasureRef:
        (attributes) =>
        ({ commands, tr }) => {
          if (!isMeasureNumber(attributes.number)) return false;
          // A space to type on after « mesure 22 », unless the text goes on with one already
          // (or with punctuation that takes none): never two spaces in a row.
          const { $to } = tr.selection;
          const next = $to.parent.textBetween($to.parentOffset, Math.min($to.parentOffset + 1, $to.parent.content.size), undefined, '\ufffc');
          const followed = next !== '' && /^[\s.,)\]…]/u.test(next);
          return commands.insertContent(followed ? [{ type: this.name, attrs: attributes }] : [{ type: this.name, attrs: attributes }, { type: 'text', text: ' ' }]);
        },
    };
  },
});
