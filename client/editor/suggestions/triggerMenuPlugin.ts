import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state';
import { ySyncPluginKey } from '@tiptap/y-tiptap';
import { matchTrigger, type TriggerMatch } from './triggerMatch';

/** An open menu: what was typed, and the document range that picking an item replaces. */
export interface ActiveTrigger extends Omit<TriggerMatch, 'start'> {
  from: number;
  to: number;
}

export interface TriggerMenuState {
  active: ActiveTrigger | null;
  /** Where a menu closed with Escape started: it stays closed while that trigger goes on. */
  dismissedAt: number | null;
}

/**
 * The menu component registers here how it handles keys while open; it answers `false`
 * for keys it leaves to the editor (e.g. Enter when nothing matches).
 */
export interface TriggerKeyHandler {
  current: ((event: KeyboardEvent) => boolean) | null;
}

export const triggerMenuKey = new PluginKey<TriggerMenuState>('triggerMenu');

/** How far back the caret's text is read: longer than any trigger and its query. */
const LOOK_BEHIND = 64;

/** The trigger right before an empty selection, in document positions. */
export function findTrigger(state: EditorState): ActiveTrigger | null {
  const { empty, $from } = state.selection;
  if (!empty || !$from.parent.inlineContent || $from.parent.type.spec.code) return null;
  const start = Math.max(0, $from.parentOffset - LOOK_BEHIND);
  // Each inline node counts as one character, so text offsets stay document offsets.
  const text = $from.parent.textBetween(start, $from.parentOffset, undefined, '\ufffc');
  const match = matchTrigger(text);
  if (!match) return null;
  const { start: offset, ...rest } = match;
  return { ...rest, from: $from.pos - (text.length - offset), to: $from.pos };
}

const isRemote = (tr: Transaction): boolean =>
  (tr.getMeta(ySyncPluginKey) as { isChangeOrigin?: boolean } | undefined)?.isChangeOrigin === true;

/**
 * A menu opens only while this person types: clicking into an existing « mesure 22 » or a
 * colleague's edit must not pop anything up. Once open it follows the trigger until it ends.
 */
export function nextTriggerState(previous: TriggerMenuState, tr: Transaction, state: EditorState): TriggerMenuState {
  if ((tr.getMeta(triggerMenuKey) as { dismiss?: boolean } | undefined)?.dismiss) {
    return { active: null, dismissedAt: previous.active?.from ?? previous.dismissedAt };
  }
  const found = findTrigger(state);
  if (!found) return { active: null, dismissedAt: null };
  const dismissedAt = previous.dismissedAt === null ? null : tr.mapping.map(previous.dismissedAt);
  if (found.from === dismissedAt) return { active: null, dismissedAt };
  const typedHere = tr.docChanged && !isRemote(tr);
  const stillOpen = previous.active !== null && tr.mapping.map(previous.active.from) === found.from;
  return { active: typedHere || stillOpen ? found : null, dismissedAt };
}

export function triggerMenuPlugin(keys: TriggerKeyHandler): Plugin<TriggerMenuState> {
  return new Plugin<TriggerMenuState>({
    key: triggerMenuKey,
    state: {
      init: () => ({ active: null, dismissedAt: null }),
      apply: (tr, previous, _oldState, newState) => nextTriggerState(previous, tr, newState),
    },
    props: {
      handleKeyDown(view, event) {
        if (!view.editable || !triggerMenuKey.getState(view.state)?.active) return false;
        return keys.current?.(event) ?? false;
      },
    },
  });
}

/** Closes the open menu until its trigger is typed again. */
export function dismissTrigger(state: EditorState): Transaction {
  return state.tr.setMeta(triggerMenuKey, { dismiss: true });
}
