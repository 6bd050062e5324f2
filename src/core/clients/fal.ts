import { NO_HEADERS, readHeaders } from '../headers';
import { FAILED_FETCH, type Source } from '../input';
import { guardedMember, str, statusOf, type Loose } from '../util';
import type { ErrorClient } from './client';

/** The members fal's `ApiError` constructor sets, in its order (`message` and `stack` are not enumerable). */
const API_ERROR_KEYS = 'name,status,body,requestId,timeoutType';

/** What `subscribe`'s `timeout` rejects with (queue.js, `subscribeToStatus`): a bare `Error`. */
const POLLING_TIMEOUT = /^Client timed out waiting for the request to complete after [\d.]+ms$/;

/** The header the client takes `requestId` from (response.js, `REQUEST_ID_HEADER`): given back under its name. */
const REQUEST_ID_HEADER = 'x-fal-request-id';

/**
 * fal.ai's client (`@fal-ai/client` 1.x: `fal.run`, `fal.subscribe`, `fal.queue.*`, `fal.storage.upload`,
 * `fal.stream`) throws, for an answer that is not ok, its `ApiError` (`ValidationError` for a 422 with a JSON body;
 * node_modules/@fal-ai/client/src/response.js, `defaultResponseHandler`): `status`, `body` (the parsed JSON when the
 * Content-Type holds `application/json`, else undefined), `requestId` (the `x-fal-request-id` header, `''` when
 * absent) and `timeoutType`; every other header is dropped. The request id is read as the header it came from. Two of
 * its values are no answer at all: `fal.stream` makes a failed fetch into `ApiError(status 500)` with fetch's own
 * words as the message and no body (streaming.js, `handleError`), read as `network`; and `subscribe`'s polling
 * `timeout` rejects with a bare `Error`, told by its exact message, read as `timeout`. The name "ApiError" is common,
 * so the error is told by its exact own members.
 */
export function falError(error: Loose): Source {
  const details = str(guardedMember(error, 'stack'));
  if (error.name === 'Error') return { header: NO_HEADERS, kind: 'timeout', format: 'timeout', details };
  // A member that throws (a hostile getter) costs only itself: the status still says what happened.
  const body = guardedMember(error, 'body');
  if (error.status === 500 && body === undefined && FAILED_FETCH.test(String(guardedMember(error, 'message'))))
    return { header: NO_HEADERS, kind: 'network', format: 'network', details };
  const requestId = str(guardedMember(error, 'requestId'));
  return {
    status: statusOf(error.status),
    header: requestId ? readHeaders({ [REQUEST_ID_HEADER]: requestId }) : NO_HEADERS,
    body,
  };
}

export const falErrors: ErrorClient = {
  test: (error) =>
    ((error.name === 'ApiError' || error.name === 'ValidationError') &&
      Object.keys(error).join() === API_ERROR_KEYS &&
      'isUserTimeout' in error) ||
    (error.name === 'Error' &&
      Object.keys(error).length === 0 &&
      error.cause === undefined &&
      typeof error.message === 'string' &&
      POLLING_TIMEOUT.test(error.message)),
  read: falError,
};
