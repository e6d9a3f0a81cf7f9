import { BULLET, NUMBERED_ITEM } from './recognise/patterns';
import { type SourceBlock, textBlock } from './sourceBlock';
import { joinLines } from './text/joinLines';
import { type NoiseCounts, removeNoise } from './text/lineNoise';
import { sourceLines } from './text/sourceLines';

export interface TextReading {
  blocks: SourceBlock[];
  noise: NoiseCounts & { dehyphenated: number };
}

/** Plain text (typed, or extracted from a PDF) as paragraphs and list items. */
export function readText(raw: string): TextReading {
  const { lines, counts } = removeNoise(sourceLines(raw));
  const { paragraphs, dehyphenated } = joinLines(lines);
  const blocks = paragraphs.map((paragraph): SourceBlock => {
    const position = paragraph.lines[0]?.number ?? 0;
    const lineTexts = paragraph.lines.map((line) => line.text);
    const bullet = BULLET.exec(paragraph.text);
    if (bullet) {
      return textBlock(paragraph.text.slice(bullet[0].length), position, { kind: 'listItem', ordered: false, number: 0 }, lineTexts);
    }
    const numbered = NUMBERED_ITEM.exec(paragraph.text);
    if (numbered) {
      const style = { kind: 'listItem', ordered: true, number: Number(numbered[1]) } as const;
      return textBlock(paragraph.text.slice(numbered[0].length), position, style, lineTexts);
    }
    return textBlock(paragraph.text, position, { kind: 'paragraph' }, lineTexts);
  });
  return { blocks, noise: { ...counts, dehyphenated } };
}
