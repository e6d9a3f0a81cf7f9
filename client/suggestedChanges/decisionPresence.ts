import type { Editor } from '@tiptap/core';
import type { Awareness } from 'y-protocols/awareness';
import type { SuggestionDecision } from '../../shared/suggestions/suggestion';

/**
 * A decision on suggestions, told to the colleagues through presence (awareness): in the text
 * an accepted insertion and a refused deletion look alike once done, and nothing else tells
 * them who decided. The relay signs the state with the account (R22), so the name is true.
 */
export type DecisionKind = SuggestionDecision | 'withdraw';

export interface PublishedDecision {
  kind: DecisionKind;
  count: number;
  /** Grows with each decision of this tab: a new one is told from the last one seen. */
  serial: number;
}

export const DECISION_FIELD = 'suggestionDecision';

/**
 * The presence of the document, reached through the carets' extension: the suggestions panel
 * has the editor, and the carets travel on the same awareness.
 */
function awarenessOf(editor: Editor): Awareness | null {
  const carets = editor.extensionManager.extensions.find((extension) => extension.name === 'collaborationCaret');
  const provider = (carets?.options as { provider?: { awareness?: Awareness } } | undefined)?.provider;
  return provider?.awareness ?? null;
}

export function publishDecision(editor: Editor, kind: DecisionKind, count: number): void {
  const awareness = awarenessOf(editor);
  if (!awareness) return;
  const last = readDecision(awareness.getLocalState());
  const decision: PublishedDecision = { kind, count, serial: (last?.serial ?? 0) + 1 };
  awareness.setLocalStateField(DECISION_FIELD, decision);
}

const KINDS: readonly DecisionKind[] = ['accept', 'reject', 'withdraw'];

/** A colleague's last decision, if their presence holds a well-formed one (any peer may write anything). */
export function readDecision(state: Record<string, unknown> | null | undefined): PublishedDecision | null {
  const value = state?.[DECISION_FIELD] as Partial<PublishedDecision> | undefined;
  if (typeof value !== 'object' || value === null) return null;
  const { kind, count, serial } = value;
  if (!KINDS.includes(kind as DecisionKind) || !Number.isSafeInteger(count) || !Number.isSafeInteger(serial)) return null;
  if ((count as number) < 1) return null;
  return { kind: kind as DecisionKind, count: count as number, serial: serial as number };
}

/** « Marie Martin (Hors la Rue) a accepté 2 suggestions. » */
export function decisionAnnouncement(who: string, { kind, count }: Pick<PublishedDecision, 'kind' | 'count'>): string {
  const plural = count > 1 ? 's' : '';
  if (kind === 'withdraw') return count > 1 ? `${who} a annulé ${count} de ses suggestions.` : `${who} a annulé sa suggestion.`;
  const verb = kind === 'accept' ? 'accepté' : 'refusé';
  return `${who} a ${verb} ${count} suggestion${plural}.`;
}

/** What this person hears of their own decision: « 2 suggestions acceptées. » */
export function ownDecisionAnnouncement(kind: DecisionKind, count: number): string {
  const plural = count > 1 ? 's' : '';
  const participle = kind === 'accept' ? 'acceptée' : kind === 'reject' ? 'refusée' : 'annulée';
  return `${count} suggestion${plural} ${participle}${plural}.`;
}

/**
 * The decisions colleagues made since `seen` (client id → last serial seen, 0 for none), and
 * what is seen now. A client not seen before is only taken note of: its last decision was
 * made before this page could hear it.
 */
export function decisionsSince(
  seen: ReadonlyMap<number, number>,
  states: ReadonlyMap<number, Record<string, unknown>>,
  ownClientId: number,
): { made: Array<{ clientId: number; decision: PublishedDecision }>; seen: Map<number, number> } {
  const made: Array<{ clientId: number; decision: PublishedDecision }> = [];
  const now = new Map<number, number>();
  for (const [clientId, state] of states) {
    if (clientId === ownClientId) continue;
    const decision = readDecision(state);
    now.set(clientId, decision?.serial ?? 0);
    const before = seen.get(clientId);
    if (decision && before !== undefined && before !== decision.serial) made.push({ clientId, decision });
  }
  return { made, seen: now };
}
