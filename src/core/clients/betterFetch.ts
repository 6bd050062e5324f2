import { NO_HEADERS } from '../headers';
import type { Source } from '../input';
import { isObject, statusOf, type Loose } from '../util';
import type { ErrorClient, ReadWrapped } from './client';

/** A body as Better Fetch reads it: JSON when `JSON.parse` takes it, else the text; blank is none. */
function bodyOf(text: string): unknown {
  if (!/\S/.test(text)) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** The plain object `{ data, error }` holds: the body's members spread beside `status` and `statusText`. */
const isResultError = (error: unknown): boolean =>
  isObject(error) &&
  Object.getPrototypeOf(error) === Object.prototype &&
  statusOf(error.status) !== undefined &&
  typeof error.statusText === 'string';

/**
 * Better Fetch (`@better-fetch/fetch`, the client of Better Auth's `createAuthClient`), in its three shapes:
 * - the `BetterFetchError(status, statusText, error)` of `throw: true`, whose message is only the status text and
 *   whose `error` (and `cause`) is the body, parsed when `JSON.parse` takes it, else its text: read as that body;
 * - the `onError` hook's context `{ response, responseText, request, error }`, where its docs read the headers (Better
 *   Auth's `X-Retry-After`, read as `Retry-After` is): the response, with the body from `responseText` (the
 *   response's own is spent, and `error` keeps no text that is not JSON);
 * - the `{ data: null, error }` a call resolves, whose `error` is the JSON body's members beside `status` and
 *   `statusText` and keeps no headers: read as that error, as `result.error` alone is read.
 * None has a `name` of its own (the error's is "Error"): each is told by its exact shape.
 */
export function betterFetchError(error: Loose, readWrapped: ReadWrapped): Source {
  if (typeof error.responseText === 'string') {
    const response = readWrapped(error.response);
    return { ...response, body: bodyOf(error.responseText) ?? response.body };
  }
  // The result's error is the body with the status beside it; the thrown error's `error` is the body alone.
  if ('data' in error) return { status: statusOf(error.error.status), header: NO_HEADERS, body: error.error };
  return { status: statusOf(error.status), header: NO_HEADERS, body: error.error };
}

export const betterFetchErrors: ErrorClient = {
  test: (error) =>
    // `throw: true`: its message is the status text (or the status), and its cause the body it keeps as `error`.
    (statusOf(error.status) !== undefined &&
      typeof error.statusText === 'string' &&
      'error' in error &&
      error.cause === error.error &&
      error.message === (error.statusText || String(error.status))) ||
    // `onError`'s context.
    (typeof error.responseText === 'string' &&
      isObject(error.request) &&
      isObject(error.response) &&
      statusOf(error.response.status) !== undefined) ||
    // The result, nothing beside its two members.
    (error.data === null && isResultError(error.error) && Object.keys(error).length === 2),
  read: betterFetchError,
};
