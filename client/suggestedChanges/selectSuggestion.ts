import type { Editor } from '@tiptap/core';
import { TextSelection } from '@tiptap/pm/state';
import type { Suggestion } from '../../shared/suggestions/suggestion';

/**
 * Selects a suggestion's text and scrolls to it. `TextSelection.between` finds the nearest
 * text positions, so a block suggestion (whose range is the whole block) selects its text.
 */
export function selectSuggestion(editor: Editor, suggestion: Pick<Suggestion, 'from' | 'to'>): void {
  const size = editor.state.doc.content.size;
  const from = Math.min(Math.max(suggestion.from, 0), size);
  const to = Math.min(Math.max(suggestion.to, from), size);
  editor
    .chain()
    .command(({ tr }) => {
      tr.setSelection(TextSelection.between(tr.doc.resolve(from), tr.doc.resolve(to)));
      return true;
    })
    .scrollIntoView()
    .focus(undefined, { scrollIntoView: false })
    .run();
}
