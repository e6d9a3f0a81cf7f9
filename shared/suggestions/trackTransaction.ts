import type { EditorState, Transaction } from '@tiptap/pm/state';
import { Selection, TextSelection } from '@tiptap/pm/state';
import {
  AddMarkStep,
  AttrStep,
  Mapping,
  RemoveMarkStep,
  ReplaceAroundStep,
  ReplaceStep,
} from '@tiptap/pm/transform';
import type { NodeType } from '@tiptap/pm/model';
import type { SuggestionAuthor } from '../schema/suggestionAuthor';
import { sameBaseDocument } from './sameBaseDocument';
import { trackAttributeChange } from './trackAttributeChange';
import { trackDeletion } from './trackDeletion';
import { trackInsertion } from './trackInsertion';
import { trackMarkChange } from './trackMarkStep';
import { trackTypeChange } from './trackTypeChange';
import { trackedRangeDeletion } from './trackedRangeDeletion';

const COMMENT = 'comment';

interface Caret {
  /** Step count of the tracked transaction when the caret was computed. */
  atStep: number;
  pos: number;
}

/** Blocks restructured by the user's last step, proposed as a copy: where the copy went. */
interface Moved {
  atStep: number;
  /** The range of the user's document after the step that was copied… */
  userFrom: number;
  userTo: number;
  /** …and where the copy starts in the tracked document. */
  copyFrom: number;
}

/**
 * Builds the mapping from the document after the user's first `index` steps to the
 * tracked document: back through the user's steps, forward through the tracked
 * ones. `mirrors` pairs a user step with the tracked step that inserted the same
 * content, so that positions inside that content survive the round trip.
 */
function rebaseMapping(tr: Transaction, index: number, tracked: Transaction, mirrors: Map<number, number>): Mapping {
  const mapping = new Mapping();
  for (let i = index - 1; i >= 0; i--) mapping.appendMap(tr.steps[i]!.getMap().invert());
  const userStepOf = new Map([...mirrors].map(([userStep, trackedStep]) => [trackedStep, userStep]));
  for (let i = 0; i < tracked.steps.length; i++) {
    const userStep = userStepOf.get(i);
    const mirror = userStep !== undefined && userStep < index ? index - 1 - userStep : undefined;
    mapping.appendMap(tracked.steps[i]!.getMap(), mirror);
  }
  return mapping;
}

/** A ReplaceAroundStep that only changes the markup of one node (setNodeMarkup), its new type and attributes. */
function markupChange(step: ReplaceAroundStep, tracked: Transaction): { type: NodeType; attrs: Record<string, unknown> } | null {
  const node = tracked.doc.nodeAt(step.from);
  const replacement = step.slice.content.firstChild;
  const wrapsSameNode =
    step.insert === 1 &&
    step.gapFrom === step.from + 1 &&
    step.gapTo === step.to - 1 &&
    step.slice.openStart === 0 &&
    step.slice.openEnd === 0 &&
    step.slice.content.childCount === 1 &&
    replacement?.content.size === 0;
  if (!wrapsSameNode || !node || node.nodeSize !== step.to - step.from) return null;
  return { type: replacement.type, attrs: replacement.attrs };
}

/**
 * The suggestion-mode version of a user's transaction: insertions marked instead of
 * made plainly, deletions marked instead of made, block splits, joins and attribute
 * changes recorded as block proposals. Returns undefined when there is nothing to
 * track (no change to the document), and a transaction that changes nothing when
 * the change cannot be expressed as suggestions.
 */
export function trackTransaction(
  state: EditorState,
  tr: Transaction,
  author: SuggestionAuthor,
  newId: () => string,
): Transaction | undefined {
  if (!tr.docChanged) return undefined;
  const tracked = state.tr;
  const mirrors = new Map<number, number>();
  let caret: Caret | null = null;
  let moved: Moved | null = null;
  let lastInserted: { from: number; to: number } | null = null;
  const forwardDelete = state.selection.empty;

  const trackReplace = (from: number, to: number, slice: ReplaceStep['slice'], userStep: number, mirrorable: boolean): boolean => {
    let insertAt = to;
    if (from < to) {
      const deleted = trackDeletion(tracked, from, to, author, newId);
      insertAt = deleted.to;
      const forward = forwardDelete && state.selection.from <= from;
      caret = { atStep: tracked.steps.length, pos: forward ? deleted.to : deleted.from };
    }
    if (slice.size === 0) return true;
    const inserted = trackInsertion(tracked, insertAt, slice, author, newId);
    if (!inserted) return false;
    if (mirrorable && inserted.sameShapeStep !== null) mirrors.set(userStep, inserted.sameShapeStep);
    caret = null;
    lastInserted = inserted;
    return true;
  };

  for (let index = 0; index < tr.steps.length; index++) {
    const step = tr.steps[index]!;
    const mapping = rebaseMapping(tr, index, tracked, mirrors);
    moved = null;
    lastInserted = null;
    let ok: boolean;
    if (step instanceof ReplaceStep) {
      const from = mapping.map(step.from, 1);
      const to = Math.max(from, mapping.map(step.to, -1));
      ok = trackReplace(from, to, step.slice, index, true);
    } else if (step instanceof ReplaceAroundStep) {
      const rebased = step.map(mapping) as ReplaceAroundStep | null;
      const markup = rebased && markupChange(rebased, tracked);
      const sameType = markup && tracked.doc.nodeAt(rebased.from)?.type === markup.type;
      if (rebased && markup && sameType) {
        ok = trackAttributeChange(tracked, rebased.from, markup.attrs, author, newId);
      } else if (rebased && markup && trackTypeChange(tracked, rebased.from, markup.type, markup.attrs, author, newId)) {
        ok = true;
      } else {
        // A structural change (wrapping, lifting, changing a block's type): proposed as
        // the removal of the old blocks and the insertion of the new ones.
        const after = tr.docs[index + 1] ?? tr.doc;
        const newEnd = step.getMap().map(step.to, 1);
        const from = mapping.map(step.from, 1);
        const to = Math.max(from, mapping.map(step.to, -1));
        const copy = after.slice(step.from, newEnd);
        ok = trackReplace(from, to, copy, index, false);
        const inserted = lastInserted as { from: number; to: number } | null;
        if (ok && inserted && inserted.to - inserted.from === copy.size) {
          moved = { atStep: tracked.steps.length, userFrom: step.from, userTo: newEnd, copyFrom: inserted.from };
        }
      }
    } else if (step instanceof AttrStep) {
      const pos = mapping.mapResult(step.pos, 1);
      ok = !pos.deleted && step.attr !== 'suggestion' && trackAttributeChange(tracked, pos.pos, { [step.attr]: step.value }, author, newId);
    } else if (step instanceof AddMarkStep || step instanceof RemoveMarkStep) {
      const from = mapping.map(step.from, 1);
      const to = mapping.map(step.to, -1);
      if (step.mark.type.name === COMMENT) {
        const rebased = step.map(mapping);
        if (rebased) tracked.step(rebased);
      } else if (from < to) {
        trackMarkChange(tracked, from, to, step.mark, step instanceof AddMarkStep, author, newId);
      }
      ok = true;
    } else {
      ok = false;
    }
    if (!ok) return selectionDeletion(state, tr, author, newId) ?? refused(state);
  }

  if (!sameBaseDocument(state.doc, tracked.doc)) return selectionDeletion(state, tr, author, newId) ?? refused(state);
  tracked.setSelection(trackedSelection(tr, tracked, mirrors, caret, moved));
  if (tr.scrolledIntoView) tracked.scrollIntoView();
  return tracked;
}

/**
 * When the user's transaction deleted the selection and its steps restructured blocks
 * beyond what suggestions record, the deletion of the selected range itself.
 */
function selectionDeletion(
  state: EditorState,
  tr: Transaction,
  author: SuggestionAuthor,
  newId: () => string,
): Transaction | null {
  const { from, to, empty } = state.selection;
  if (empty || !state.tr.deleteSelection().doc.eq(tr.doc)) return null;
  const deletion = trackedRangeDeletion(state, from, to, author, newId, 'before');
  return sameBaseDocument(state.doc, deletion.doc) ? deletion : null;
}

/** A transaction that changes nothing: what suggestion mode does with an edit it cannot record. */
function refused(state: EditorState): Transaction {
  return state.tr;
}

function trackedSelection(
  tr: Transaction,
  tracked: Transaction,
  mirrors: Map<number, number>,
  caret: Caret | null,
  moved: Moved | null,
): Selection {
  if (caret && tr.selection.empty) {
    const pos = tracked.mapping.slice(caret.atStep).map(caret.pos);
    return TextSelection.near(tracked.doc.resolve(pos), -1);
  }
  const { head } = tr.selection;
  if (moved && tr.selection.empty && head >= moved.userFrom && head <= moved.userTo) {
    // The caret follows the blocks into their restructured copy, as it would have followed them.
    const pos = tracked.mapping.slice(moved.atStep).map(moved.copyFrom + head - moved.userFrom);
    return TextSelection.near(tracked.doc.resolve(pos));
  }
  return tr.selection.map(tracked.doc, rebaseMapping(tr, tr.steps.length, tracked, mirrors));
}
