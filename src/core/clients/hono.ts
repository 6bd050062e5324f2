import { NO_HEADERS } from '../headers';
import type { Source } from '../input';
import { isObject, statusOf, type Loose } from '../util';
import type { ErrorClient } from './client';

/**
 * Hono's `DetailedError`, which `parseResponse` (`hono/client`, over `hc`'s `Response`) throws for a response that is
 * not ok: `{ statusCode, detail: { data, statusText } }`, `data` being the body it parsed (JSON by content type, else
 * text). Its message is only "404 Not Found", the status line, and it keeps no headers, so a `Retry-After` or a
 * request id is lost with it: the app that needs them reads the `Response` itself (`readApiError`). Told by its
 * `name`, and read only when it has that shape (a status and a `detail` object), as another library's error of that
 * name is left to the generic reading.
 */
export function honoDetailedError(error: Loose): Source | undefined {
  const { detail } = error;
  const status = statusOf(error.statusCode);
  if (!status || !isObject(detail) || !('data' in detail)) return undefined;
  return { status, header: NO_HEADERS, body: detail.data };
}

export const honoErrors: ErrorClient = {
  errorNames: ['DetailedError'],
  read: honoDetailedError,
};
