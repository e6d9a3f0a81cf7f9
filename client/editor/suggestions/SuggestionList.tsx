import { useEffect, useRef } from 'react';
import type { MenuPlacement } from './menuPlacement';
import type { SuggestionEntry } from './suggestionEntries';

interface SuggestionListProps {
  id: string;
  label: string;
  entries: readonly SuggestionEntry[];
  emptyText: string | null;
  activeIndex: number;
  /** Below or above the caret, and how tall the list may be there (menuPlacement). */
  position: MenuPlacement;
  onPick(index: number): void;
  onHighlight(index: number): void;
}

export const optionId = (listId: string, index: number) => `${listId}-option-${index}`;

/**
 * The floating list of a suggestion menu. Focus stays in the editor, which points at the
 * highlighted option with `aria-activedescendant`; the mouse must not take the focus away.
 */
export function SuggestionList(props: SuggestionListProps) {
  const { id, label, entries, emptyText, activeIndex, position, onPick, onHighlight } = props;
  const listRef = useRef<HTMLUListElement>(null);

  useEffect(() => {
    listRef.current?.querySelector('[aria-selected="true"]')?.scrollIntoView({ block: 'nearest' });
  }, [activeIndex, entries]);

  return (
    <div
      className="suggestion-menu"
      style={{ left: position.left, top: position.top, bottom: position.bottom }}
      onMouseDown={(event) => event.preventDefault()}
    >
      {entries.length === 0 ? (
        <p className="suggestion-menu__empty" role="status">
          {emptyText}
        </p>
      ) : (
        <ul
          ref={listRef}
          id={id}
          role="listbox"
          aria-label={label}
          className="suggestion-menu__list"
          style={{ maxHeight: position.listMaxHeight }}
        >
          {entries.map((entry, index) => (
            <li
              key={entry.key}
              id={optionId(id, index)}
              role="option"
              // Reached with the arrows from the text (aria-activedescendant), never with Tab; being
              // focusable tells checkers the scrolling list is reachable (scrollable-region-focusable).
              tabIndex={-1}
              aria-selected={index === activeIndex}
              className={`suggestion-option${entry.unknown ? ' suggestion-option--unknown' : ''}`}
              onMouseMove={() => index !== activeIndex && onHighlight(index)}
              onClick={() => onPick(index)}
            >
              <span className="suggestion-option__text">
                <span className="suggestion-option__label">{entry.label}</span>
                {entry.detail && <span className="suggestion-option__detail">{entry.detail}</span>}
              </span>
              {entry.shortcut && <kbd className="suggestion-option__shortcut">{entry.shortcut}</kbd>}
            </li>
          ))}
        </ul>
      )}
      <p className="suggestion-menu__help" aria-hidden="true">
        ↑↓ pour choisir, Entrée pour valider, Échap pour fermer
      </p>
    </div>
  );
}
