import { NO_HEADERS } from '../headers';
import type { Source } from '../input';
import { str, type Loose } from '../util';
import type { ErrorClient } from './client';

/** What the SDK's own `fetch` timeout (`httpTimeoutInSeconds`) rejects with, the worker's reply too: a bare `Error`. */
const FETCH_TIMEOUT = "Timeout when executing 'fetch'";

/** The sentence `getJSON` puts where an error answer had no `error_description`: the SDK's, for a developer. */
const NO_DESCRIPTION = /^HTTP error\. Unable to fetch /;

/**
 * The codes the SDK gives its own errors, each with an English description of its own for a developer (`Invalid
 * state`, `Missing Refresh Token (audience: …)`): the code is kept, the words are not the server's. `request_error`
 * stands where the answer had no `error`: its description is then the SDK's fallback or, from its worker, the
 * `SyntaxError` of a body that is not JSON, so it is dropped with the code.
 */
const OWN_CODES = new Set([
  'request_error',
  'popup_open',
  'state_mismatch',
  'missing_transaction',
  'missing_refresh_token',
  'missing_scopes',
  'use_dpop_nonce',
  'invalid_configuration',
  'interactive_handler_cache_miss',
  'missing_connect_code',
]);

/**
 * Auth0's SPA SDK (`@auth0/auth0-spa-js` 2.x, also what `@auth0/auth0-react`'s `error` and `getAccessTokenSilently`
 * hand over; node_modules/@auth0/auth0-spa-js/dist/auth0-spa-js.production.esm.js, from src/errors.ts and src/http.ts)
 * throws `GenericError(error, error_description)` and its subclasses (`AuthenticationError`, `MfaRequiredError`,
 * `TimeoutError`, `PopupTimeoutError`, `PopupCancelledError`, …): an `Error` whose message is `error_description`,
 * with no `name` of its own (the minified build's class names are lost too), so told by that shape. On an error answer
 * from `/oauth/token` it keeps only the body's `error` (or `request_error`) and `error_description`, never the status
 * or the headers; its `TimeoutError` (an authorize iframe's or a popup's wait) is `timeout`, and its
 * `PopupCancelledError` (the person closed the popup) `cancelled`. Its `fetch` timeout is a bare
 * `Error("Timeout when executing 'fetch'")`, told by that exact message.
 */
export function auth0Error(error: Loose): Source {
  const details = str(error.stack);
  if (error.message === FETCH_TIMEOUT) return { header: NO_HEADERS, kind: 'timeout', format: 'timeout', details };
  const { error: code, error_description: description } = error;
  if (code === 'timeout' && description === 'Timeout')
    return { header: NO_HEADERS, kind: 'timeout', format: 'timeout', details };
  if (code === 'cancelled' && description === 'Popup closed')
    return { header: NO_HEADERS, kind: 'cancelled', format: 'abort', details };
  const own = typeof code === 'string' && OWN_CODES.has(code);
  const body: Record<string, unknown> = {};
  // An `error` the answer sent that is no OAuth code (an object) is kept as it came: it is the body's member.
  if (code !== undefined && code !== 'request_error') body.error = code;
  if (!own && typeof description === 'string' && !NO_DESCRIPTION.test(description))
    body.error_description = description;
  return { header: NO_HEADERS, body: Object.keys(body).length ? body : undefined, details };
}

export const auth0Errors: ErrorClient = {
  test: (error) =>
    error.name === 'Error' &&
    (error.message === FETCH_TIMEOUT ||
      (typeof error.error_description === 'string' &&
        error.message === error.error_description &&
        Object.hasOwn(error, 'error'))),
  read: auth0Error,
};
