import type { ActionItemRemindersResponse } from '../../shared/api/actionItems';
import { getJson } from '../api/http';
import { useApiResource } from '../api/useApiResource';
import { Link } from '../router/Link';
import { useLocationPath } from '../router/navigation';
import { remindersLabel, remindersPath } from './remindersLabel';
import './actionItems.css';

/**
 * « 2 rappels » in the header: the open « À suivre » of the member's association whose due day
 * has passed (SPEC T5), read again on each page change. Nothing shows when there are none, so
 * the bar stays as narrow as before for most members.
 */
export function RemindersLink() {
  const path = useLocationPath();
  const reminders = useApiResource(`action-item-reminders-${path}`, (signal) =>
    getJson<ActionItemRemindersResponse>('/api/action-items/reminders', signal),
  );
  if (reminders.status !== 'ready' || reminders.data.count === 0 || reminders.data.association === null) return null;
  const label = remindersLabel(reminders.data.count);
  return (
    <Link to={remindersPath(reminders.data.association)} className="header-link reminders-link" aria-label={label.accessibleName}>
      {label.text}
    </Link>
  );
}
