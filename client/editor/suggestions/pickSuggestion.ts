import { findParentNodeClosestToPos, type Editor, type Range } from '@tiptap/core';
import type { InsertCommand } from '../insertCommands';
import { blockPlacement } from '../suggestMode';
import type { MeasureChoice } from './measureChoices';
import type { SpeakerChoice } from './speakerChoices';

/** What each menu does with the picked item; `range` is the typed trigger, replaced by the pick. */

export function pickCommand(editor: Editor, range: Range, command: InsertCommand): void {
  editor.chain().focus().deleteRange(range).run();
  command.run(editor);
}

/**
 * Sets the speaker of the turn the caret is in; outside a turn, makes the block a turn of
 * that speaker (« @ » at the start of a paragraph is how a turn usually begins).
 */
export function pickSpeaker(editor: Editor, range: Range, choice: SpeakerChoice): void {
  editor
    .chain()
    .focus()
    .deleteRange(range)
    .command(({ tr, commands }) => {
      const turn = findParentNodeClosestToPos(tr.selection.$from, (node) => node.type.name === 'speakerTurn');
      // In « Suggérer », a new proposed turn after the block rather than a rewrapped copy of it.
      if (!turn) return commands.insertSpeakerTurn(choice, blockPlacement(editor));
      tr.setNodeMarkup(turn.pos, undefined, { ...turn.node.attrs, ...choice });
      return true;
    })
    .run();
}

export function pickMeasure(editor: Editor, range: Range, choice: MeasureChoice): void {
  const { plan, number } = choice;
  editor.chain().focus().deleteRange(range).insertMeasureRef({ plan, number, item: '' }).run();
}
