import { useId } from 'react';
import { NodeViewContent, NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react';
import { organisationsOf } from '../../../shared/model/participants';
import type { ActionItemAttributes, ActionItemStatus } from '../../../shared/schema/actionItem';
import { formatMeetingDate } from '../../format/formatDate';
import { Link } from '../../router/Link';
import { editorPath } from '../../router/matchRoute';
import { ActionItemDue } from './ActionItemDue';
import { ActionItemOwners } from './ActionItemOwners';
import { actionItemName } from './accessibleNames';
import { useDocumentContext } from './documentContext';
import { dueLabel } from './dueDate';
import { textAttribute, textListAttribute } from './textAttribute';
import { useCarriedItemState } from './useCarriedItemState';

const statusLabels: Record<ActionItemStatus, string> = { open: 'À faire', done: 'Fait' };

/** The box's facts as a sentence, for those who read without editing. */
function summary({ owners, due, status }: Pick<ActionItemAttributes, 'owners' | 'due' | 'status'>): string {
  return [
    owners.length > 0 ? `Responsables : ${owners.join(', ')}` : null,
    due.trim() ? `Échéance : ${dueLabel(due)}` : null,
    statusLabels[status],
  ]
    .filter(Boolean)
    .join(' · ');
}

/** The « À suivre » box: a framed follow-up with its owners, due and status editable in place. */
export function ActionItemView({ node, updateAttributes }: ReactNodeViewProps) {
  const { writer, editable, participants } = useDocumentContext();
  const statusId = useId();
  const status: ActionItemStatus = node.attrs.status === 'done' ? 'done' : 'open';
  const owners = textListAttribute(node.attrs.owners);
  const due = textAttribute(node.attrs.due);
  const carried = useCarriedItemState(typeof node.attrs.id === 'string' ? node.attrs.id : null);
  const closedIn = status === 'open' ? carried?.closedIn : null;

  return (
    <NodeViewWrapper
      // A named group, not an `aside`: a compte-rendu holds a dozen boxes, and complementary
      // landmarks nested in the text would crowd the landmark list with near-identical entries.
      // The name quotes the box's first words, so each one is told apart where it is read.
      as="div"
      role="group"
      className={`action-item action-item--${closedIn ? 'done' : status}`}
      aria-label={actionItemName({ text: node.textContent, owners, due, done: status === 'done' || Boolean(closedIn) })}
    >
      <div className="action-item__header" contentEditable={false}>
        <p className="action-item__title">À suivre</p>
        {writer ? (
          <div className="action-item__controls">
            <ActionItemOwners
              owners={owners}
              organisations={organisationsOf([...participants])}
              disabled={!editable}
              onChange={(next) => updateAttributes({ owners: next })}
            />
            <ActionItemDue due={due} disabled={!editable} onChange={(next) => updateAttributes({ due: next })} />
            <div className="action-item__field">
              <label htmlFor={statusId} className="action-item__label">
                État
              </label>
              <select
                id={statusId}
                value={status}
                disabled={!editable}
                onChange={(event) => updateAttributes({ status: event.target.value })}
              >
                <option value="open">{statusLabels.open}</option>
                <option value="done">{statusLabels.done}</option>
              </select>
            </div>
          </div>
        ) : (
          <p className="action-item__summary">{summary({ owners, due, status: closedIn ? 'done' : status })}</p>
        )}
        {/* Closed in later minutes of the series: said here, never written into this document (W4, M9). */}
        {closedIn && (
          <p className="action-item__closed-elsewhere" data-testid="closed-elsewhere">
            Fait — dans le{' '}
            <Link to={editorPath(closedIn.documentId)}>
              compte-rendu {closedIn.meetingDate ? `du ${formatMeetingDate(closedIn.meetingDate)}` : 'suivant'}
            </Link>
          </p>
        )}
      </div>
      <NodeViewContent className="action-item__content" />
    </NodeViewWrapper>
  );
}
