import type { Role } from '../../shared/api/roles';

/**
 * Who may accept or refuse anybody's suggestions: the secretariat, which consolidates the
 * corrections, and the coordination. The server checks it again on the decisions route.
 */
export function canDecideSuggestions(role: Role): boolean {
  return role === 'secretariat' || role === 'coordination';
}
