import { caretLabel } from '../identity';

/**
 * The DOM of another person's caret: a coloured bar with « Nom (Association) » above it.
 * `user` is the awareness `user` field of that person, colour already checked by Tiptap.
 */
export function renderCaret(user: Record<string, unknown>): HTMLElement {
  const color = typeof user.color === 'string' ? user.color : 'transparent';
  const caret = document.createElement('span');
  caret.classList.add('collaboration-carets__caret');
  // The caret sits inside the text: without this, screen readers would read « Nom (Association) »
  // as words of the compte-rendu. Arrivals and departures are announced instead (usePresenceAnnouncements).
  caret.setAttribute('aria-hidden', 'true');
  caret.style.borderColor = color;

  const label = document.createElement('span');
  label.classList.add('collaboration-carets__label');
  label.style.backgroundColor = color;
  label.textContent = caretLabel(user);
  caret.append(label);
  return caret;
}
