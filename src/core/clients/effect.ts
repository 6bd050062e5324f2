import { NO_HEADERS } from '../headers';
import type { Source } from '../input';
import { str, type Loose } from '../util';
import type { ErrorClient, ReadWrapped } from './client';

/**
 * The statuses of the errors `effect/http-api`'s `HttpApiError` declares. `HttpApiClient` decodes an empty answer
 * into one (`new Unauthorized({})`): it keeps only its `_tag`, and its status is in the class's schema, so the name
 * it carries (`effect/HttpApiError/Unauthorized`) is all that says it.
 */
const HTTP_API_STATUS: Readonly<Record<string, number>> = {
  BadRequest: 400,
  Unauthorized: 401,
  Forbidden: 403,
  NotFound: 404,
  MethodNotAllowed: 405,
  NotAcceptable: 406,
  RequestTimeout: 408,
  Conflict: 409,
  Gone: 410,
  UnprocessableEntity: 422,
  InternalServerError: 500,
  NotImplemented: 501,
  ServiceUnavailable: 503,
};
const HTTP_API_ERROR = 'effect/HttpApiError/';

// Effect's own type ids: a `Cause` carries its id, an `Exit` inherits its.
const CAUSE = '~effect/Cause';
const EXIT = '~effect/Exit';
// What `Effect.runPromise` rejects with when the fiber was interrupted (its `signal` aborted): `Cause.squash` of a
// cause that holds interrupts alone makes a plain `Error` of this text (effect/dist/internal/effect.js).
const INTERRUPTED = 'All fibers interrupted without error';

function interrupted(details?: string): Source {
  return { header: NO_HEADERS, kind: 'cancelled', format: 'abort', details };
}

/** A cause read as `Cause.squash` reads it: the first failure, else the first defect; interrupts alone cancel. */
function readCause(cause: Loose, readWrapped: ReadWrapped): Source | undefined {
  const reasons: Loose[] = Array.isArray(cause?.reasons) ? cause.reasons : [];
  const failed = reasons.find((reason) => reason?._tag === 'Fail');
  if (failed) return readWrapped(failed.error);
  const died = reasons.find((reason) => reason?._tag === 'Die');
  if (died) return readWrapped(died.defect);
  return reasons.some((reason) => reason?._tag === 'Interrupt')
    ? interrupted('Effect: the fiber was interrupted')
    : undefined;
}

/**
 * Effect's own values around a failed call. `Effect.runPromise` rejects with the failure itself (an `HttpClientError`,
 * whose `response` holds the status and headers and whose body is an unread stream: read as any error with a
 * `response`), but with a plain `Error` of a fixed text when the fiber was interrupted, which is the aborted call.
 * `Effect.runPromiseExit` gives an `Exit` whose `cause` holds the failure, a defect or an interrupt: each is read as
 * `runPromise` would have rejected. `HttpApiClient`'s decoded `HttpApiError`s keep no status: told by their names.
 * Exits and causes are told by Effect's type ids, never `instanceof` (an app may bundle two copies of Effect).
 */
export function effectValue(error: Loose, readWrapped: ReadWrapped): Source | undefined {
  const { name } = error;
  if (typeof name === 'string' && name.startsWith(HTTP_API_ERROR)) {
    const status = HTTP_API_STATUS[name.slice(HTTP_API_ERROR.length)];
    return status ? { status, header: NO_HEADERS } : undefined;
  }
  if (EXIT in error) return error._tag === 'Failure' ? readCause(error.cause, readWrapped) : undefined;
  if (CAUSE in error) return readCause(error, readWrapped);
  return error.message === INTERRUPTED ? interrupted(str(error.stack)) : undefined;
}

export const effectErrors: ErrorClient = {
  errorNames: Object.keys(HTTP_API_STATUS).map((name) => HTTP_API_ERROR + name),
  test: (error) =>
    CAUSE in error ||
    (EXIT in error && error._tag === 'Failure') ||
    (error.name === 'Error' && error.message === INTERRUPTED),
  read: effectValue,
};
