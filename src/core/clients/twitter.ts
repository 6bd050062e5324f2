import { NO_HEADERS, readHeaders } from '../headers';
import type { Source } from '../input';
import { guardedMember, isObject, statusOf, str, type Loose } from '../util';
import type { ErrorClient, ReadWrapped } from './client';

/** `EApiV1ErrorCode.InternalError`: the code of the `errors` entry `ApiResponseError` makes from a lone `error`. */
const MADE_UP_CODE = 131;
/** What `RequestHandlerHelper.timeoutErrorHandler` destroys the request with once the call's `timeout` passes. */
const TIMED_OUT = 'Request timeout.';

/**
 * The body as the server sent it. For a body with `error` and no `errors` (its v1 endpoints' old shape, and an OAuth
 * or Stripe body too), the constructor sets `data` to a copy with `errors: [{ code: 131, message: data.error }]`
 * added: an entry the server never sent, whose code would be read as the server's. Only that exact entry is removed.
 */
function sentBody(data: Loose): unknown {
  if (!isObject(data) || !('error' in data) || !Array.isArray(data.errors) || data.errors.length !== 1) return data;
  const [added] = data.errors;
  if (!isObject(added) || added.code !== MADE_UP_CODE || added.message !== data.error) return data;
  if (Object.keys(added).join() !== 'code,message') return data;
  const sent = { ...data };
  delete sent.errors;
  return sent;
}

/** A failure without a response: what the request's `error` event gave, which the error keeps only privately. */
function requestFailure(error: Loose, readWrapped: ReadWrapped): Source {
  // Its `requestError` getter reads `_options.requestError`; the maker stores the event's error as `_options.error`.
  const options = guardedMember(error, '_options');
  const cause =
    guardedMember(error, 'requestError') ?? (isObject(options) ? guardedMember(options, 'error') : undefined);
  if (!isObject(cause)) return { header: NO_HEADERS, kind: 'network', format: 'network', details: str(error.stack) };
  if (cause.message === TIMED_OUT && cause.name === 'Error')
    return { header: NO_HEADERS, kind: 'timeout', format: 'timeout', details: str(cause.stack) ?? TIMED_OUT };
  const read = readWrapped(cause);
  // Every request error is one without a response: a socket closed before any answer says nothing more than that.
  return read.kind ? read : { ...read, kind: 'network', format: 'network' };
}

/**
 * twitter-api-v2 (node_modules/twitter-api-v2/dist/esm/types/errors.types.js, and client-mixins/
 * request-handler.helper.js, which builds them) rejects with one of three errors, each an `Error` named "Error" with
 * `error: true` and a `type` of `ETwitterApiError`:
 * - `ApiResponseError` (`type: 'response'`) for a status of 400 or more: `code` the status, `headers` Node's
 *   `IncomingHttpHeaders`, `rateLimit` from `x-rate-limit-*`, and `data` the body (parsed when the type says
 *   `application/json` or `application/problem+json`, else text; an empty JSON one undefined), with an `errors` entry
 *   of its own added beside a lone `error` (undone here). Its message is its own summary for developers.
 * - `ApiPartialResponseError` (`type: 'partial-response'`) when that body does not parse (or the socket closed
 *   mid-body): its `response` (the `IncomingMessage`: `statusCode`, `headers`) and `rawContent`, the text it got.
 * - `ApiRequestError` (`type: 'request'`, message "Request failed.") when no response came: refused, aborted by a
 *   signal an app put in the request options, or destroyed by the call's own `timeout` with `Error("Request
 *   timeout.")`.
 * Told by that shape: none has a name of its own.
 */
export function twitterError(error: Loose, readWrapped: ReadWrapped): Source {
  if (error.type === 'request') return requestFailure(error, readWrapped);
  if (error.type === 'partial-response') {
    const { response } = error;
    return { status: statusOf(response.statusCode), header: readHeaders(response.headers), body: error.rawContent };
  }
  return { status: statusOf(error.code), header: readHeaders(error.headers), body: sentBody(error.data) };
}

export const twitterErrors: ErrorClient = {
  test: (error) =>
    error.error === true &&
    error.name === 'Error' &&
    ((error.type === 'response' && statusOf(error.code) !== undefined && 'data' in error && 'rateLimit' in error) ||
      (error.type === 'partial-response' && typeof error.rawContent === 'string' && isObject(error.response)) ||
      (error.type === 'request' && error.message === 'Request failed.')),
  read: twitterError,
};
