import { NO_HEADERS } from '../headers';
import type { Source } from '../input';
import { statusOf, str, type Loose } from '../util';
import type { ErrorClient } from './client';

/** What `ApiCall.performRequest` rejects with when the app's `abortSignal` fires: a plain `Error`. */
const ABORTED = 'Request aborted by caller.';
/** What `customErrorForResponse` puts between its own words and the body's `message`. */
const SAID = ' | Server said: ';

/** Its own words and the status, then nothing or the server's sentence: nothing else makes that message. */
function isResponseError(error: Loose): boolean {
  const status = statusOf(error.httpStatus);
  const { message } = error;
  if (status === undefined || !('httpBody' in error) || typeof message !== 'string') return false;
  const own = `Request failed with HTTP code ${status}`;
  return message === own || message.startsWith(own + SAID);
}

/**
 * The Typesense client (`typesense`, node_modules/typesense/lib/Typesense/ApiCall.js `customErrorForResponse`, and
 * Errors/TypesenseError.js) throws, for a response outside 2xx, a `TypesenseError` subclass picked by the status
 * (`RequestMalformed`, `RequestUnauthorized`, `ObjectNotFound`, `ObjectAlreadyExists`, `ObjectUnprocessable`,
 * `ServerError`, else `HTTPError`) with `httpStatus`, `httpBody` (the request's body, the document the app sent: not
 * the answer's) and the message "Request failed with HTTP code <status>", followed by " | Server said: <message>"
 * when the body is JSON (`application/json`) with a non-blank string `message`. That sentence is the server's and the
 * only part of the body kept; no header is. Told by that shape, not by name: its browser bundle
 * (dist/typesense.min.js) names every class "t", and an app's minifier may rename them too. An app's `abortSignal`
 * ends the call with a plain `Error` of its own exact words.
 */
export function typesenseError(error: Loose): Source {
  const details = str(error.stack) ?? str(error.message);
  if (error.message === ABORTED) return { header: NO_HEADERS, kind: 'cancelled', format: 'abort', details };
  const message = str(error.message) ?? '';
  const at = message.indexOf(SAID);
  return {
    status: statusOf(error.httpStatus),
    header: NO_HEADERS,
    body: at < 0 ? undefined : { message: message.slice(at + SAID.length) },
    details,
  };
}

export const typesenseErrors: ErrorClient = {
  test: (error) =>
    isResponseError(error) ||
    (error.message === ABORTED &&
      error.name === 'Error' &&
      error.cause === undefined &&
      Object.keys(error).length === 0),
  read: typesenseError,
};
