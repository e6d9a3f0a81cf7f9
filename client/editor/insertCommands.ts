import type { Editor } from '@tiptap/core';
import { matchesQuery } from './suggestions/searchText';
import { openMeasurePicker } from './openMeasurePicker';
import { blockPlacement } from './suggestMode';

export type InsertCommandId =
  | 'speakerTurn'
  | 'actionItem'
  | 'measureRef'
  | 'sectionHeading'
  | 'annexes'
  | 'nextMeetings';

/** What the « / » menu and the toolbar insert; both list these, in this order. */
export interface InsertCommand {
  id: InsertCommandId;
  label: string;
  /**
   * The key binding as people read it. The bindings are declared with the nodes
   * (shared/schema), the heading's by StarterKit, the measure's by the suggestion menus.
   */
  shortcut: string;
  /** Other words people might type after « / » to find it. */
  keywords: readonly string[];
  run(editor: Editor): boolean;
}

export const INSERT_COMMANDS: readonly InsertCommand[] = [
  {
    id: 'speakerTurn',
    label: 'Tour de parole',
    shortcut: 'Ctrl+Alt+P',
    keywords: ['intervenant', 'intervention', 'orateur'],
    run: (editor) => editor.chain().focus().insertSpeakerTurn({}, blockPlacement(editor)).run(),
  },
  {
    id: 'actionItem',
    label: 'À suivre',
    shortcut: 'Ctrl+Alt+S',
    keywords: ['action', 'tâche', 'suivi'],
    run: (editor) => editor.chain().focus().insertActionItem({}, blockPlacement(editor)).run(),
  },
  {
    id: 'measureRef',
    label: 'Mesure du plan',
    shortcut: 'Ctrl+Alt+M',
    keywords: ['référence', 'plan d’action'],
    run: openMeasurePicker,
  },
  {
    id: 'sectionHeading',
    label: 'Titre de section',
    shortcut: 'Ctrl+Alt+2',
    keywords: ['partie', 'sommaire', 'chapitre'],
    run: (editor) => editor.chain().focus().setHeading({ level: 2 }).run(),
  },
  {
    id: 'annexes',
    label: 'Annexes',
    shortcut: 'Ctrl+Alt+A',
    keywords: ['pièces jointes', 'documents'],
    run: (editor) => editor.chain().focus().insertMarkedSection('annexes', blockPlacement(editor)).run(),
  },
  {
    id: 'nextMeetings',
    label: 'Prochaines réunions',
    shortcut: 'Ctrl+Alt+R',
    keywords: ['date', 'calendrier', 'rendez-vous'],
    run: (editor) => editor.chain().focus().insertMarkedSection('nextMeetings', blockPlacement(editor)).run(),
  },
];

/** The commands whose label or keywords start with each word typed after « / ». */
export function filterInsertCommands(query: string): InsertCommand[] {
  return INSERT_COMMANDS.filter((command) => matchesQuery(query, [command.label, ...command.keywords]));
}
