import { useEffect, useId, useMemo, useRef, useState, type RefObject } from 'react';
import { useEditorState, type Editor } from '@tiptap/react';
import { stickyBarsBottom } from '../stickyBarsBottom';
import { menuPlacement, type MenuPlacement } from './menuPlacement';
import { SuggestionList, optionId } from './SuggestionList';
import { suggestionMenuFor, type SuggestionData, type SuggestionMenuContent } from './suggestionEntries';
import { dismissTrigger, triggerMenuKey, type ActiveTrigger, type TriggerKeyHandler } from './triggerMenuPlugin';
import '../../styles/suggestions.css';

interface EditorSuggestionsProps extends SuggestionData {
  editor: Editor;
  editable: boolean;
  keys: TriggerKeyHandler;
  /** The positioned element the menu is placed in, so that it scrolls with the text. */
  containerRef: RefObject<HTMLElement | null>;
}

/** Which line is highlighted, for which trigger and query: a new query starts at the first line. */
interface Highlight {
  menuKey: string;
  index: number;
}

const MENU_WIDTH_REM = 22;
/** The list's CSS max-height, one option with its detail line, and the help line with borders (suggestions.css). */
const LIST_HEIGHT_REM = 18;
const OPTION_HEIGHT_REM = 3;
const MENU_CHROME_REM = 2.4;

const menuKeyOf = (active: ActiveTrigger) => `${active.kind}:${active.from}:${active.query}`;
const isShown = (menu: SuggestionMenuContent) => menu.entries.length > 0 || menu.emptyText !== null;
const indexIn = (highlight: Highlight, menuKey: string) => (highlight.menuKey === menuKey ? highlight.index : 0);

function menuPosition(editor: Editor, active: ActiveTrigger, container: HTMLElement | null): MenuPlacement {
  const rem = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
  if (!container) return { left: 0, top: 0, listMaxHeight: LIST_HEIGHT_REM * rem };
  return menuPlacement({
    caret: editor.view.coordsAtPos(active.from),
    container: container.getBoundingClientRect(),
    visibleTop: stickyBarsBottom(editor.view.dom),
    visibleBottom: window.innerHeight,
    menuWidth: MENU_WIDTH_REM * rem,
    listPreferredHeight: LIST_HEIGHT_REM * rem,
    optionHeight: OPTION_HEIGHT_REM * rem,
    chromeHeight: MENU_CHROME_REM * rem,
  });
}

/** The « / », « @ » and « # » menus: whichever the text before the caret has opened. */
export function EditorSuggestions(props: EditorSuggestionsProps) {
  const { editor, editable, keys, containerRef, participants, registry, commands } = props;
  const listId = useId();
  const trigger = useEditorState({
    editor,
    selector: ({ editor: current }) =>
      current.isFocused ? (triggerMenuKey.getState(current.state)?.active ?? null) : null,
  });
  const active = editable ? trigger : null;
  const menu = useMemo(
    () => (active ? suggestionMenuFor(active, { participants, registry, commands }) : null),
    [active, participants, registry, commands],
  );
  const [highlight, setHighlight] = useState<Highlight>({ menuKey: '', index: 0 });

  // Keys are handled from the editor's state at the moment they are pressed, not from the
  // last render: a fast typist can press Enter before React has drawn the latest query.
  const latest = useRef({ data: { participants, registry, commands }, editable, highlight });
  latest.current = { data: { participants, registry, commands }, editable, highlight: latest.current.highlight };
  const moveHighlight = (next: Highlight) => {
    latest.current.highlight = next;
    setHighlight(next);
  };

  useEffect(() => {
    keys.current = (event) => {
      if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return false;
      const current = triggerMenuKey.getState(editor.state)?.active;
      if (!current || !latest.current.editable) return false;
      const menuNow = suggestionMenuFor(current, latest.current.data);
      if (!isShown(menuNow)) return false;
      if (event.key === 'Escape') {
        editor.view.dispatch(dismissTrigger(editor.state));
        return true;
      }
      const count = menuNow.entries.length;
      if (count === 0) return false;
      const menuKey = menuKeyOf(current);
      const index = indexIn(latest.current.highlight, menuKey);
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        const step = event.key === 'ArrowDown' ? 1 : -1;
        moveHighlight({ menuKey, index: (index + step + count) % count });
        return true;
      }
      if (event.key === 'Enter' || event.key === 'Tab') {
        menuNow.entries[index]?.pick(editor, { from: current.from, to: current.to });
        return true;
      }
      return false;
    };
    return () => {
      keys.current = null;
    };
  }, [editor, keys]);

  const visible = menu !== null && isShown(menu);
  const index = active ? indexIn(highlight, menuKeyOf(active)) : 0;
  // The editor keeps the focus: it tells assistive technologies which option is highlighted.
  const activeDescendant = visible && menu.entries.length > 0 ? optionId(listId, index) : null;
  useEffect(() => {
    if (!activeDescendant) return;
    const dom = editor.view.dom;
    dom.setAttribute('aria-controls', listId);
    dom.setAttribute('aria-activedescendant', activeDescendant);
    return () => {
      dom.removeAttribute('aria-controls');
      dom.removeAttribute('aria-activedescendant');
    };
  }, [editor, listId, activeDescendant]);

  if (!visible || !active) return null;
  return (
    <SuggestionList
      id={listId}
      label={menu.label}
      entries={menu.entries}
      emptyText={menu.emptyText}
      activeIndex={index}
      position={menuPosition(editor, active, containerRef.current)}
      onPick={(at) => menu.entries[at]?.pick(editor, { from: active.from, to: active.to })}
      onHighlight={(at) => moveHighlight({ menuKey: menuKeyOf(active), index: at })}
    />
  );
}
