import type { Editor, Range } from '@tiptap/core';
import type { Participant } from '../../../shared/model/participants';
import { measureRefLabel } from '../../../shared/schema/measureRef';
import { filterInsertCommands } from '../insertCommands';
import type { PlanRegistry } from '../model/planRegistry';
import { filterMeasureChoices } from './measureChoices';
import { pickCommand, pickMeasure, pickSpeaker } from './pickSuggestion';
import { filterSpeakerChoices, speakerChoices } from './speakerChoices';
import type { ActiveTrigger } from './triggerMenuPlugin';

/** One line of a suggestion menu. */
export interface SuggestionEntry {
  key: string;
  label: string;
  /** Smaller text after the label: an organisation, a measure's title. */
  detail?: string;
  /** A keyboard shortcut, shown at the end of the line. */
  shortcut?: string;
  /** A measure the registry lacks: still insertable, shown as such. */
  unknown?: boolean;
  pick(editor: Editor, range: Range): void;
}

export interface SuggestionMenuContent {
  /** The listbox's accessible name. */
  label: string;
  entries: SuggestionEntry[];
  /** Said when nothing matches; null hides the menu instead (the person is just writing). */
  emptyText: string | null;
}

export interface SuggestionData {
  participants: readonly Participant[];
  registry: PlanRegistry;
  /** The « / » insertions offered, by id; all of them when absent (a letter offers only what a letter holds). */
  commands?: readonly string[];
}

/** Up to this many lines: more would hide the text being written. */
const MAX_ENTRIES = 12;

function commandMenu(query: string, offered: readonly string[] | undefined): SuggestionMenuContent {
  return {
    label: 'Insérer',
    entries: filterInsertCommands(query)
      .filter((command) => !offered || offered.includes(command.id))
      .map((command) => ({
      key: command.id,
      label: command.label,
      shortcut: command.shortcut,
      pick: (editor, range) => pickCommand(editor, range, command),
    })),
    emptyText: 'Aucun élément à insérer ne correspond.',
  };
}

function speakerMenu(query: string, participants: readonly Participant[]): SuggestionMenuContent {
  const entries = filterSpeakerChoices(speakerChoices(participants), query).map((choice) => ({
    key: `${choice.organisation}\n${choice.person}`,
    label: choice.person || choice.organisation,
    ...(choice.person ? { detail: [choice.role, choice.organisation].filter(Boolean).join(' — ') } : {}),
    pick: (editor: Editor, range: Range) => pickSpeaker(editor, range, choice),
  }));
  const emptyText =
    participants.length === 0
      ? 'Aucun participant : ajoutez-les dans l’onglet «\u00a0Participants\u00a0».'
      : query.includes(' ')
        ? null
        : 'Aucun participant ne correspond.';
  return { label: 'Choisir l’intervenant', entries, emptyText };
}

function measureMenu(active: ActiveTrigger, registry: PlanRegistry): SuggestionMenuContent {
  const explicit = active.trigger === '#';
  const entries = filterMeasureChoices(registry, active.query, explicit).map((choice) => ({
    key: `${choice.plan}/${choice.number}`,
    label: measureRefLabel({ number: choice.number, item: '' }),
    detail: choice.title ?? 'absente du registre',
    unknown: choice.title === null,
    pick: (editor: Editor, range: Range) => pickMeasure(editor, range, choice),
  }));
  const emptyText = !explicit
    ? null
    : registry.status === 'loading'
      ? 'Chargement du registre des mesures…'
      : registry.status === 'error'
        ? 'Le registre des mesures est indisponible.'
        : 'Aucune mesure ne correspond.';
  return { label: 'Choisir une mesure du plan', entries, emptyText };
}

export function suggestionMenuFor(active: ActiveTrigger, data: SuggestionData): SuggestionMenuContent {
  const menu =
    active.kind === 'command'
      ? commandMenu(active.query, data.commands)
      : active.kind === 'speaker'
        ? speakerMenu(active.query, data.participants)
        : measureMenu(active, data.registry);
  return { ...menu, entries: menu.entries.slice(0, MAX_ENTRIES) };
}
