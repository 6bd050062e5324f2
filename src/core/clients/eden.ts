import { NO_HEADERS } from '../headers';
import type { Source } from '../input';
import { statusOf, type Loose } from '../util';
import type { ErrorClient, ReadWrapped } from './client';

/**
 * Elysia's Eden Treaty: its `EdenFetchError(status, value)` holds the body it read as `value` (JSON by content type,
 * else text), and its message is only that value as a string ("[object Object]"). A call that got no response is made
 * a 503 whose `value` is what `fetch` threw: that says what happened, not the 503. Eden resolves `{ data, error,
 * response, status, headers }` unless told to throw; the result is read whole, for its headers (see `readSource`).
 * It sets no `name`: told by its shape, a status and a message that is its `value` as a string.
 */
export function edenFetchError(error: Loose, readWrapped: ReadWrapped): Source {
  const { value } = error;
  if (value instanceof Error) return readWrapped(value);
  return { status: statusOf(error.status), header: NO_HEADERS, body: value };
}

export const edenErrors: ErrorClient = {
  test: (error) => 'value' in error && statusOf(error.status) !== undefined && error.message === String(error.value),
  read: edenFetchError,
};
