import { NO_HEADERS } from '../headers';
import type { Source } from '../input';
import type { ApiErrorKind } from '../types';
import { isObject, ownKeys, statusOf, type Loose } from '../util';
import type { ErrorClient } from './client';

/**
 * The codes of what api-fetch throws in place of a response it could not read (translated messages: only the code
 * tells them). No answer came (`fetch_error`, or `offline_error` when `navigator.onLine` is false), or one came whose
 * body `JSON.parse` refused, whatever its status, 2xx included (`invalid_json`). A WordPress REST API answers JSON,
 * errors too: a body that is not is a PHP error page, a host's or a proxy's page, or a login page, so the service is at
 * fault, not the connection and not the person's input.
 */
const OWN_FAILURES: ReadonlyMap<string, ApiErrorKind> = new Map([
  ['fetch_error', 'network'],
  ['offline_error', 'network'],
  ['invalid_json', 'server'],
]);

/** The members WordPress's REST server gives an error (`error_to_response`), and nothing else. */
const REST_ERROR_KEYS = new Set(['code', 'message', 'data', 'additional_errors', 'additional_data']);

/** Its own failure: a plain object of exactly a known `code` and a `message`. */
function ownFailure(error: Loose, keys: readonly string[]): ApiErrorKind | undefined {
  const exact = keys.length === 2 && keys.includes('code') && keys.includes('message');
  return exact && typeof error.code === 'string' && typeof error.message === 'string'
    ? OWN_FAILURES.get(error.code)
    : undefined;
}

const isRestError = (error: Loose, keys: readonly string[]): boolean =>
  keys.every((key) => REST_ERROR_KEYS.has(key)) &&
  keys.includes('data') &&
  typeof error.code === 'string' &&
  typeof error.message === 'string';

/**
 * WordPress's `@wordpress/api-fetch` (what the block editor and wp-admin's React screens call; node_modules/
 * @wordpress/api-fetch/src/index.ts, `defaultFetchHandler`, and src/utils/response.ts). With the default `parse: true`
 * it rejects a response that is not ok with its body parsed as JSON, nothing around it: no status, no headers. A
 * WordPress REST error `{ code, message, data: { status } }` says its own status, read from `data.status`; a body
 * `JSON.parse` refuses becomes its own `{ code: 'invalid_json', message }`. A fetch that got no answer becomes `{ code:
 * 'fetch_error', message }` (`offline_error` when the browser says it is offline); an `AbortError` is rethrown as it
 * is. With `parse: false` it rejects with the `Response`, read as any. Told by exact shape: plain objects, no name.
 */
export function wpApiFetchError(error: Loose): Source | undefined {
  const keys = ownKeys(error) ?? [];
  const kind = ownFailure(error, keys);
  if (kind)
    // Nothing of a body is kept: `network` names its transport, as fetch's own failure does; the rest has no format.
    return {
      header: NO_HEADERS,
      kind,
      format: kind === 'network' ? 'network' : undefined,
      details: `${error.code}: ${error.message}`,
    };
  // WordPress answers with the status its error's `data` names (`error_to_response`). Without one it sent a 500, but
  // a plugin's own body of the same members may have come with any status: none is guessed.
  const status = isObject(error.data) ? statusOf(error.data.status) : undefined;
  return status === undefined ? undefined : { status, header: NO_HEADERS, body: error };
}

export const wpApiFetchErrors: ErrorClient = {
  test: (error) => {
    // The cheap probe first: every error an app passes is tried.
    if (typeof error.code !== 'string' || Object.getPrototypeOf(error) !== Object.prototype) return false;
    const keys = ownKeys(error) ?? [];
    return ownFailure(error, keys) !== undefined || isRestError(error, keys);
  },
  read: wpApiFetchError,
};
