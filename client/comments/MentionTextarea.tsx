import { useId, useRef, useState, type KeyboardEvent } from 'react';
import type { CommentMention } from '../../shared/api/comments';
import { addMention, insertMention, mentionChoices, mentionTrigger, type MentionTrigger } from './mentionTrigger';

interface MentionTextareaProps {
  label: string;
  value: string;
  onChange(value: string): void;
  mentions: readonly CommentMention[];
  onMentionsChange(mentions: CommentMention[]): void;
  /** The associations « @ » offers. */
  associations: readonly CommentMention[];
  autoFocus?: boolean;
  /** While sending: still focusable, not editable. */
  readOnly?: boolean;
  /** Ctrl+Entrée sends. */
  onSubmit(): void;
  /** Échap with no list open. */
  onEscape?(): void;
}

/** What a screen reader hears when the list of associations opens or changes. */
const announceChoices = (count: number) =>
  `${count} ${count > 1 ? 'associations proposées' : 'association proposée'}, flèches pour choisir, Entrée pour mentionner`;

/**
 * A comment's text: typing « @ » offers the associations (arrows, Entrée, Échap; the highlighted
 * one is the textarea's active descendant); a picked one is written « @Nom » and added to the
 * mentions, shown as chips below.
 */
export function MentionTextarea(props: MentionTextareaProps) {
  const { label, value, onChange, mentions, onMentionsChange, associations, onSubmit, onEscape } = props;
  const baseId = useId();
  const textarea = useRef<HTMLTextAreaElement>(null);
  const [trigger, setTrigger] = useState<MentionTrigger | null>(null);
  const [highlighted, setHighlighted] = useState(0);
  const choices = trigger ? mentionChoices(associations, trigger.query) : [];
  const open = trigger !== null && choices.length > 0;
  const activeIndex = Math.min(highlighted, choices.length - 1);

  const follow = (text: string, caret: number) => {
    const next = mentionTrigger(text.slice(0, caret));
    setTrigger(next);
    if (next?.query !== trigger?.query) setHighlighted(0);
  };

  const pick = (choice: CommentMention) => {
    const element = textarea.current;
    if (!trigger || !element) return;
    const result = insertMention(value, trigger, element.selectionStart, choice.name);
    onChange(result.text);
    onMentionsChange(addMention(mentions, { id: choice.id, name: choice.name }));
    setTrigger(null);
    requestAnimationFrame(() => {
      element.focus();
      element.setSelectionRange(result.caret, result.caret);
    });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (open && (event.key === 'ArrowDown' || event.key === 'ArrowUp')) {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setHighlighted((activeIndex + step + choices.length) % choices.length);
    } else if (open && (event.key === 'Enter' || event.key === 'Tab') && !event.ctrlKey) {
      event.preventDefault();
      const choice = choices[activeIndex];
      if (choice) pick(choice);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      if (open) setTrigger(null);
      else onEscape?.();
    } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      onSubmit();
    }
  };

  const listId = `${baseId}-associations`;
  const optionId = (index: number) => `${baseId}-association-${index}`;
  return (
    <div className="mention-textarea">
      <label htmlFor={`${baseId}-text`}>{label}</label>
      <textarea
        ref={textarea}
        id={`${baseId}-text`}
        value={value}
        rows={3}
        autoFocus={props.autoFocus}
        readOnly={props.readOnly}
        // A textarea keeps its textbox role (ARIA in HTML); the list is tied to it all the same.
        aria-autocomplete="list"
        aria-controls={listId}
        aria-activedescendant={open ? optionId(activeIndex) : undefined}
        aria-describedby={`${baseId}-hint`}
        onChange={(event) => {
          onChange(event.target.value);
          follow(event.target.value, event.target.selectionStart);
        }}
        onSelect={(event) => follow(event.currentTarget.value, event.currentTarget.selectionStart)}
        onBlur={() => setTrigger(null)}
        onKeyDown={onKeyDown}
      />
      <p id={`${baseId}-hint`} className="mention-textarea__hint">
        «&nbsp;@&nbsp;» pour mentionner une association, Ctrl+Entrée pour envoyer.
      </p>
      <p className="visually-hidden" role="status">
        {open ? announceChoices(choices.length) : ''}
      </p>
      <ul id={listId} role="listbox" aria-label="Associations à mentionner" className="mention-list" hidden={!open}>
        {open &&
          choices.map((choice, index) => (
            <li
              key={choice.id}
              id={optionId(index)}
              role="option"
              // Reached with the arrows from the textarea (aria-activedescendant), never with Tab; being
              // focusable tells checkers the scrolling list is reachable (scrollable-region-focusable).
              tabIndex={-1}
              aria-selected={index === activeIndex}
              className="mention-list__option"
              // Kept from taking the focus, so that the textarea stays the combobox being typed in.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => pick(choice)}
            >
              {choice.name}
            </li>
          ))}
      </ul>
      {mentions.length > 0 && (
        <ul className="mention-chips" aria-label="Associations mentionnées">
          {mentions.map((mention) => (
            <li key={mention.id} className="mention-chip">
              @{mention.name}
              <button
                type="button"
                className="mention-chip__remove"
                aria-label={`Ne plus mentionner ${mention.name}`}
                onClick={() => onMentionsChange(mentions.filter((kept) => kept.id !== mention.id))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
