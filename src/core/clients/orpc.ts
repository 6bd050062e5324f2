import { NO_HEADERS, readHeaders } from '../headers';
import type { Source } from '../input';
import { isObject, statusOf, type Loose } from '../util';
import type { ErrorClient } from './client';

/**
 * oRPC's `ORPCError` (`@orpc/client`, thrown by `createORPCClient` over `RPCLink`), read as the error the server sent,
 * `{ defined, code, status, message, data }` (its `toJSON()`), whose `data` may hold a Standard Schema `issues` list
 * (input validation) or the app's own members (the docs' `retryAfter`). An answer no oRPC server sent (a gateway's
 * page, a proxy's 429) becomes an error named for its status whose `data` is that response: `{ status, headers, body
 * }`, read as the response. It sets no `name`, so it is told by its shape: a string `code`, a boolean `defined` and an
 * HTTP `status`.
 */
export function orpcError(error: Loose): Source {
  const { code, message, data } = error;
  const status = statusOf(error.status);
  if (isObject(data) && isObject(data.headers) && statusOf(data.status) === status)
    return { status, header: readHeaders(data.headers), body: data.body };
  return { status, header: NO_HEADERS, body: { code, message, data } };
}

export const orpcErrors: ErrorClient = {
  test: (error) =>
    typeof error.code === 'string' && typeof error.defined === 'boolean' && statusOf(error.status) !== undefined,
  read: orpcError,
};
