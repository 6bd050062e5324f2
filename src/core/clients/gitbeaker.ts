import { NO_HEADERS } from '../headers';
import type { Source } from '../input';
import { isObject, statusOf, str, type Loose } from '../util';
import type { ErrorClient, ReadWrapped } from './client';

/** What `defaultRequestHandler` throws once its ten tries of a 429 or a 502 are spent: only the status is left. */
const RETRIED = /^Could not successfully complete this request after \d+ retries, last status code: (\d{3})\./;

/** Text that parses as JSON when it looks like it; blank is none. */
function parsed(text: string): unknown {
  if (!/\S/.test(text)) return undefined;
  if (!/^\s*[[{]/.test(text)) return text;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/**
 * Gitbeaker (`@gitbeaker/rest`, node_modules/@gitbeaker/rest/dist/index.mjs `throwFailedRequestError` and
 * `defaultRequestHandler`; the classes in node_modules/@gitbeaker/requester-utils/dist/index.mjs) throws:
 * - for a status it does not retry, a `GitbeakerRequestError` whose `cause` is `{ description, request, response }`:
 *   `response` the fetch `Response`, its body already read, and `description` (also the message) what it kept of
 *   that body: for a type that includes `application/json`, its `error` member or else its `message` (stringified
 *   when not a string), for any other type the whole text. Read as that response with `description` as its body,
 *   parsed when it is JSON (a problem+json's whole body, or the object a member held);
 * - for a 429 or a 502 still answered after ten tries, a `GitbeakerRetryError` whose message alone names the last
 *   status: read as that status.
 */
export function gitbeakerError(error: Loose, readWrapped: ReadWrapped): Source | undefined {
  const message = str(error.message) ?? '';
  if (error.name === 'GitbeakerRetryError') {
    const status = statusOf(RETRIED.exec(message)?.[1]);
    return status ? { status, header: NO_HEADERS, details: message } : undefined;
  }
  const { cause } = error;
  // One built by hand, without the response, is read as any error.
  if (!isObject(cause) || !isObject(cause.response)) return undefined;
  const response = readWrapped(cause.response);
  const description = str(cause.description);
  return { ...response, body: description === undefined ? response.body : parsed(description) };
}

export const gitbeakerErrors: ErrorClient = {
  errorNames: ['GitbeakerRequestError', 'GitbeakerRetryError'],
  read: gitbeakerError,
};
