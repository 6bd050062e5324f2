import { NO_HEADERS } from '../headers';
import type { Source } from '../input';
import { isObject, statusOf, type Loose } from '../util';
import type { ErrorClient, ReadWrapped } from './client';

// The fetch connection's message for a body that is not JSON (`checkStatus`), the client's words and not the server's.
const NOT_JSON = 'JSON parsing error';
// `convert`'s `new Error(error.message || error)` for a JSON body without a message.
const NO_MESSAGE = '[object Object]';
// The `BadRequest` a service method rejects with before any request, for a missing id (rest-client lib/base.js).
const NO_ID = /^id for \.(?:get|update|patch|remove) is required$/;

/** The used, failed fetch `Response` the fetch connection leaves on its error. */
const isSpentResponse = (value: Loose): boolean =>
  isObject(value) &&
  value.bodyUsed === true &&
  value.ok === false &&
  typeof value.headers?.get === 'function' &&
  statusOf(value.status) !== undefined;

/** A `FeathersError` (or its subclass): the members its constructor always sets. */
const isFeathersError = (error: Loose): boolean =>
  error.type === 'FeathersError' &&
  typeof error.name === 'string' &&
  typeof error.className === 'string' &&
  statusOf(error.code) !== undefined;

/**
 * A body that is not a Feathers error, rebuilt by `convert` as an `Error` with its members: the fetch connection's
 * with the spent response set last, the axios connection's told by the message `convert` makes of a body without one
 * (but for an empty body's, where axios's response is what was copied on: read as a response).
 */
const isRebuiltBody = (error: Loose): boolean => {
  // `convert` makes a plain `Error`: an SDK's own subclass that keeps a spent response (Meilisearch's, Replicate's) is
  // not one.
  if (typeof error.message !== 'string' || Object.getPrototypeOf(error)?.constructor?.name !== 'Error') return false;
  const keys = Object.keys(error);
  if (keys[keys.length - 1] === 'response') return isSpentResponse(error.response);
  return error.name === 'Error' && error.message === NO_MESSAGE && keys.length > 0 && !isObject(error.config);
};

/** The server's body: what `convert` copied onto the error (the client's `type` and `response` aside). */
function bodyOf(error: Loose): Loose | undefined {
  if (error.message === NOT_JSON) return undefined;
  const body: Loose = {};
  for (const key of Object.keys(error).slice(0, 64))
    if (key !== 'response' && !(key === 'type' && error.type === 'FeathersError')) body[key] = error[key];
  if (error.message !== NO_MESSAGE) body.message = error.message;
  return body;
}

/**
 * Feathers' REST client (`@feathersjs/rest-client`), whose every failure goes through `convert` (`@feathersjs/errors`
 * lib/index.js): a body named as a Feathers error becomes that `FeathersError` (`type: 'FeathersError'`, `code` the
 * status, `className`, `data`, `errors`), any other becomes an `Error` with the body's members copied on. The fetch
 * connection (rest-client lib/fetch.js, `checkStatus`) adds the spent `Response` as `response` (the status and
 * headers) and, for a body that is not JSON, throws `errors[status]` or `Error` with "JSON parsing error", the body
 * lost. The axios connection (lib/axios.js) throws `response.data` alone: a Feathers error's `code` is then its only
 * status. Connection refused on axios becomes an `Unavailable` (lib/base.js, `toError`); fetch's own failures become a
 * bare `Error` with only their message, which the core reads by its words (`transport` in input.ts); a call without
 * an id rejects, unsent, with a `BadRequest` that is no response. Told by shape: Feathers' names (`BadRequest`) are
 * generic words.
 */
export function feathersError(error: Loose, readWrapped: ReadWrapped): Source | undefined {
  if (isSpentResponse(error.response)) {
    // Read as a response (its Location too), with the body `convert` copied on the error.
    const response = readWrapped(error.response);
    return { ...response, body: bodyOf(error) ?? response.body };
  }
  // An app's mistake, not a response: read as any error.
  if (NO_ID.test(error.message)) return undefined;
  if (error.name === 'Unavailable' && /\bECONNREFUSED\b/.test(error.message))
    return { header: NO_HEADERS, kind: 'network', format: 'network', details: `Unavailable: ${error.message}` };
  return { status: statusOf(error.code), header: NO_HEADERS, body: bodyOf(error) };
}

export const feathersErrors: ErrorClient = {
  test: (error) => isFeathersError(error) || isRebuiltBody(error),
  read: feathersError,
};
