import { Node, mergeAttributes } from '@tiptap/core';

export interface MeasureRefAttributes {
  /** Registry id of the plan (« pan-teh-2014-2016 »). */
  plan: string;
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
    return [{ tag: 'span[data-measure-ref]' }];
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
        ({ commands }) =>
          commands.insertContent([
            { type: this.name, attrs: attributes },
            { type: 'text', text: ' ' },
          ]),
    };
  },
});
