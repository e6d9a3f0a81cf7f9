import { useState } from 'react';
import type { Editor } from '@tiptap/core';
import type { Suggestion, SuggestionDecision } from '../../shared/suggestions/suggestion';
import { announce } from '../a11y/announcer';
import { recordDecision } from './decisionsApi';
import { ownDecisionAnnouncement, publishDecision, type DecisionKind } from './decisionPresence';

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
}

function applyInText(editor: Editor, decision: SuggestionDecision, suggestions: readonly Suggestion[]): boolean {
  const ids = new Set(suggestions.map((suggestion) => suggestion.id));
  const which = (suggestion: Suggestion) => ids.has(suggestion.id);
  return decision === 'accept'
    ? editor.commands.acceptSuggestions(which)
    : editor.commands.rejectSuggestions(which);
}

export function useSuggestionDecisions(documentId: string, editor: Editor): SuggestionDecisions {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function decide(decision: SuggestionDecision, suggestions: readonly Suggestion[], journal: boolean) {
    setError(null);
    if (suggestions.length === 0) return;
    if (!applyInText(editor, decision, suggestions)) {
      setError('Ces suggestions n’ont pas pu être appliquées au texte : elles ont peut-être déjà été traitées.');
      return;
    }
    // Without the right to decide, a person only withdraws their own suggestions.
    const kind: DecisionKind = journal ? decision : 'withdraw';
    // The text changed for everybody: the colleagues hear who did it, journal or not.
    publishDecision(editor, kind, suggestions.length);
    const done = () => announce(ownDecisionAnnouncement(kind, suggestions.length));
    if (!journal) {
      done();
      return;
    }
    setBusy(true);
    try {
      for (let start = 0; start < suggestions.length; start += JOURNAL_BATCH) {
        await recordDecision(documentId, decision, suggestions.slice(start, start + JOURNAL_BATCH));
      }
      done();
    } catch (caught) {
      const reason = caught instanceof Error ? caught.message : 'erreur inconnue';
      setError(`Le texte est à jour, mais la décision n’a pas pu être inscrite au journal : ${reason}`);
    } finally {
      setBusy(false);
    }
  }

  return { decide, busy, error };
}
