import { useState } from 'react';
import type { Editor } from '@tiptap/core';
import type { Suggestion, SuggestionDecision } from '../../shared/suggestions/suggestion';
import { recordDecision } from './decisionsApi';

/** The decisions route takes at most this many suggestions per request. */
const JOURNAL_BATCH = 500;

export interface SuggestionDecisions {
  /**
   * Accepts or refuses suggestions in the text (ordinary edits, synced to everybody), then,
   * with `journal`, records the decision on the server so it is attributed.
   */
  decide(decision: SuggestionDecision, suggestions: readonly Suggestion[], journal: boolean): Promise<void>;
  busy: boolean;
  error: string | null;
  /** What the last decision did, for a polite status line. */
  done: string | null;
}

function applyInText(editor: Editor, decision: SuggestionDecision, suggestions: readonly Suggestion[]): boolean {
  const ids = new Set(suggestions.map((suggestion) => suggestion.id));
  const which = (suggestion: Suggestion) => ids.has(suggestion.id);
  return decision === 'accept'
    ? editor.commands.acceptSuggestions(which)
    : editor.commands.rejectSuggestions(which);
}

function summary(decision: SuggestionDecision, count: number): string {
  const plural = count > 1 ? 's' : '';
  return decision === 'accept'
    ? `${count} suggestion${plural} acceptée${plural}.`
    : `${count} suggestion${plural} refusée${plural}.`;
}

export function useSuggestionDecisions(documentId: string, editor: Editor): SuggestionDecisions {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  async function decide(decision: SuggestionDecision, suggestions: readonly Suggestion[], journal: boolean) {
    setError(null);
    setDone(null);
    if (suggestions.length === 0) return;
    if (!applyInText(editor, decision, suggestions)) {
      setError('Ces suggestions n’ont pas pu être appliquées au texte : elles ont peut-être déjà été traitées.');
      return;
    }
    if (!journal) {
      setDone(summary(decision, suggestions.length));
      return;
    }
    setBusy(true);
    try {
      for (let start = 0; start < suggestions.length; start += JOURNAL_BATCH) {
        await recordDecision(documentId, decision, suggestions.slice(start, start + JOURNAL_BATCH));
      }
      setDone(summary(decision, suggestions.length));
    } catch (caught) {
      const reason = caught instanceof Error ? caught.message : 'erreur inconnue';
      setError(`Le texte est à jour, mais la décision n’a pas pu être inscrite au journal : ${reason}`);
    } finally {
      setBusy(false);
    }
  }

  return { decide, busy, error, done };
}
