import { useEffect } from 'react';
import type { Editor } from '@tiptap/core';
import type { MinutesDocument } from '../../shared/api/minutes';
import { identityFromMe } from '../auth/identityFromMe';
import { useMe } from '../auth/meContext';

/**
 * Tells « Suggérer » whom to attribute suggestions to — the signed-in account, by user id
 * (the relay checks it, R21), name and association as the carets show them — and forces
 * the mode on while this person may only suggest (access `suggest`, R20).
 */
export function useSuggestModeSetup(editor: Editor, access: MinutesDocument['access']): void {
  const me = useMe();
  const userId = me.user.id;
  const { name, association } = identityFromMe(me);

  useEffect(() => {
    editor.commands.setSuggestionAuthor({ userId, author: name, association });
  }, [editor, userId, name, association]);

  const forced = access === 'suggest';
  useEffect(() => {
    editor.commands.setSuggestModeForced(forced);
    // Released from a suggestion-only review: back to direct edits, as the others get by default.
    if (!forced) editor.commands.setSuggestMode(false);
  }, [editor, forced]);
}
