/** Where typing « / » is text, not the search shortcut. */
function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target.matches('input, textarea, select, [contenteditable]');
}

/**
 * Whether a key press asks for the search box: « / » outside the editor and the form
 * fields, or Ctrl+K (⌘K on a Mac) anywhere.
 */
export function isSearchShortcut(event: KeyboardEvent): boolean {
  if (event.defaultPrevented || event.altKey) return false;
  if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') return true;
  return event.key === '/' && !event.ctrlKey && !event.metaKey && !isTextEntry(event.target);
}
