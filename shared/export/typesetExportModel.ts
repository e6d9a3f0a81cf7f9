import type { Block, Inline, TextInline } from './exportModel';
import { type TypographySegment, frenchTypography, frenchTypographySegments } from './frenchTypography';

/** « https://contrelatraite.org/… », « www.exemple.fr », « contrelatraite.org », « secretariat@exemple.org ». */
const ADDRESS_TEXT = /^(?:(?:[a-z][\w+.-]*:\/\/|mailto:|tel:|www\.)\S*|[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+(?:[/?#]\S*)?|[^\s@]+@[^\s@]+)$/iu;

/** A link whose text is an address is printed as typed, like code: a changed character would be a wrong address. */
const isVerbatim = (inline: TextInline): boolean =>
  inline.code === true || (inline.href !== undefined && ADDRESS_TEXT.test(inline.text.trim()));

/** The inlines of one paragraph or heading, typeset as one line so that rules apply across formatting changes. */
export function typesetInlines(inlines: Inline[]): Inline[] {
  // Footnote calls are not text: they are left out of the line, and their notes typeset on their own.
  const segmentOf = (inline: Inline): TypographySegment | undefined => {
    switch (inline.kind) {
      case 'text':
        return { text: inline.text, verbatim: isVerbatim(inline) };
      case 'measure':
        return { text: inline.label };
      case 'break':
        // Nothing carries over a line break: it stands for one that no rule may cross.
        return { text: '\n', verbatim: true };
      case 'note':
        return undefined;
    }
  };
  const withSegments = inlines.map((inline) => ({ inline, segment: segmentOf(inline) }));
  const typeset = frenchTypographySegments(withSegments.flatMap(({ segment }) => segment ?? []));
  let next = 0;
  return withSegments.flatMap(({ inline, segment }): Inline[] => {
    const text = segment ? (typeset[next++] ?? segment.text) : '';
    switch (inline.kind) {
      case 'text':
        return text ? [{ ...inline, text }] : [];
      case 'measure':
        return [{ ...inline, label: text, ...(inline.note !== undefined ? { note: frenchTypography(inline.note) } : {}) }];
      case 'note':
        return [{ ...inline, note: frenchTypography(inline.note) }];
      case 'break':
        return [inline];
    }
  });
}

const typesetParagraphs = (paragraphs: Inline[][]): Inline[][] => paragraphs.map(typesetInlines);

/** Every text of the blocks typeset but code, which is printed as typed. */
export function typesetBlocks(blocks: Block[]): Block[] {
  return blocks.map((block): Block => {
    switch (block.kind) {
      case 'heading':
      case 'paragraph':
        return { ...block, inlines: typesetInlines(block.inlines) };
      case 'speakerTurn': {
        const { speaker } = block;
        const typesetSpeaker = speaker && {
          name: frenchTypography(speaker.name),
          ...(speaker.detail !== undefined ? { detail: frenchTypography(speaker.detail) } : {}),
        };
        return { ...block, ...(typesetSpeaker ? { speaker: typesetSpeaker } : {}), paragraphs: typesetParagraphs(block.paragraphs) };
      }
      case 'actionItem':
        return {
          ...block,
          ...(block.details !== undefined ? { details: frenchTypography(block.details) } : {}),
          paragraphs: typesetParagraphs(block.paragraphs),
        };
      case 'markedSection':
        return { ...block, title: frenchTypography(block.title), blocks: typesetBlocks(block.blocks) };
      case 'list':
        return { ...block, items: block.items.map(typesetBlocks) };
      case 'blockquote':
        return { ...block, blocks: typesetBlocks(block.blocks) };
      case 'letterPart':
        return { ...block, lines: typesetParagraphs(block.lines) };
      case 'code':
      case 'rule':
        return block;
    }
  });
}
