import { NO_HEADERS, readHeaders } from '../headers';
import type { Source } from '../input';
import { statusOf, type Loose } from '../util';
import type { ErrorClient } from './client';

/**
 * jira.js's brand (node_modules/jira.js/dist/core/errors/kinds.js `ERROR_KINDS`): the kinds each of its errors belongs
 * to. Its class names (`ApiError`, `RateLimitError`, `ServerError`) are too common to tell it by.
 */
const JIRA_KINDS = Symbol.for('jira.js:error-kinds');

/**
 * jira.js 6's `ApiError` (node_modules/jira.js/dist/core/errors/apiError.js, made by `createApiError` in
 * errors/fromResponse.js), thrown for any status outside 2xx, or its subclass by status (`AuthError`, `ScopeError`,
 * `ForbiddenError`, `NotFoundError`, `RateLimitError`, `ServerError`): `status`, `statusText` and `body` (the JSON
 * parsed, else the text), no headers. A 429's `RateLimitError` keeps Retry-After as `retryAfterMs`, milliseconds from
 * when it was thrown, which is what a `Retry-After-Ms` header says.
 */
export function jiraError(error: Loose): Source | undefined {
  const status = statusOf(error.status);
  if (!status) return undefined;
  const wait = error.retryAfterMs;
  const header =
    typeof wait === 'number' && wait >= 0 && wait < Infinity
      ? readHeaders({ 'retry-after-ms': String(wait) })
      : NO_HEADERS;
  return { status, header, body: error.body };
}

export const jiraErrors: ErrorClient = {
  test: (error) => {
    const kinds: unknown = error[JIRA_KINDS];
    return Array.isArray(kinds) && kinds.includes('api');
  },
  read: jiraError,
};
