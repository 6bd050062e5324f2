import { NO_HEADERS } from '../headers';
import type { Source } from '../input';
import { str, type Loose } from '../util';
import type { ErrorClient } from './client';

/** What alova's fetch adapter rejects with when the method's own `timeout` ends the request. */
const ALOVA_TIMEOUT = 'fetchError: network timeout';

/**
 * alova's fetch adapter (`alova/fetch`, node_modules/alova/dist/adapter/fetch.esm.js) holds the only signal fetch
 * gets, aborts it itself once a method's `timeout` has passed, and rejects with `new Error("fetchError: network
 * timeout")` in place of fetch's `AbortError`: a plain `Error`, so told by that exact message. Every other failure
 * (fetch's `TypeError`, the `AbortError` of `method.abort()`, what an app's `responded` throws) comes as it was.
 */
export function alovaTimeout(error: Loose): Source {
  return { header: NO_HEADERS, kind: 'timeout', format: 'timeout', details: str(error.stack) ?? ALOVA_TIMEOUT };
}

export const alovaErrors: ErrorClient = {
  test: (error) => error.message === ALOVA_TIMEOUT && error.name === 'Error',
  read: alovaTimeout,
};
