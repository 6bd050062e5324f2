import { readHeaders } from '../headers';
import type { Source } from '../input';
import { isObject, type Loose } from '../util';
import type { ErrorClient } from './client';

/**
 * Connect-ES's `ConnectError`, read as the Connect protocol's error body it came from: the code as
 * the wire spells it (the `[not_found]` its `message` begins with; `code` is a number), `rawMessage`
 * and the details' JSON form (`debug`: a `RetryInfo`'s delay), with the response headers it keeps as
 * `metadata`. The HTTP status is not kept: the code says what it did. An error with a `cause` failed
 * before any answer (refused, reset): the cause says what happened.
 */
export function connectError(error: Loose): Source | undefined {
  const code = /^\[([a-z_]+)\]/.exec(error.message)?.[1];
  const wire = error.isWireError;
  if (!code || (!wire && isObject(error.cause))) return undefined;
  const details = Array.isArray(error.details)
    ? error.details.map((detail: Loose) => ({ type: detail?.type, debug: detail?.debug }))
    : [];
  // Only the server's own words are a message: a client-side code's text is the library's ("This operation was
  // aborted").
  return {
    header: readHeaders(error.metadata),
    body: { code, message: (wire && error.rawMessage) || undefined, details },
  };
}

export const connectErrors: ErrorClient = { errorNames: ['ConnectError'], read: connectError };
