import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ApiError } from '../../../shared/api/minutes';
import { withGuillemetSpaces } from '../../../shared/text/guillemetSpaces';

/** Every API failure answers `{ error, message }`: a stable code and a French sentence for the UI. */
export function apiError(c: Context, status: ContentfulStatusCode, error: string, message: string) {
  return c.json<ApiError>({ error, message: withGuillemetSpaces(message) }, status);
}
