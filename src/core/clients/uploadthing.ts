import { NO_HEADERS } from '../headers';
import type { Source } from '../input';
import { isObject, statusOf, str, type Loose } from '../util';
import type { ErrorClient, ReadWrapped } from './client';

/**
 * The statuses the client's codes stand for. It makes its code from the answer's status with
 * `getErrorTypeFromStatusCode`, the first code of that status in `ERROR_CODES`: only these come back to one status.
 * Every other status (401, 402, 422, 429, 502, 503…) becomes `INTERNAL_SERVER_ERROR`, as 500 does, so that code
 * says no status (@uploadthing/shared/dist/index.js, `ERROR_CODES`).
 */
const STATUS_OF_CODE: Readonly<Record<string, number>> = {
  BAD_REQUEST: 400,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  TOO_LARGE: 413,
};

// The message the client gives when the JSON body has no `message` of its own (`BadRequestError` in
// @uploadthing/shared/dist/index.js, `parseResponseJson`).
const FAILED_WITH_STATUS = /^Request to \S+ failed with status (\d{3})$/;

/** The parsed JSON body the client keeps as `cause`: a plain object, never its own `InvalidJson` or `FetchError`. */
const isBody = (value: unknown): value is Record<string, Loose> =>
  isObject(value) && !Array.isArray(value) && [Object.prototype, null].includes(Object.getPrototypeOf(value));

/** The status the error still says: in the client's own sentence, else by a code that stands for one status. */
function statusOfError(error: Loose, body: Record<string, Loose> | undefined): number | undefined {
  // A body's own `message` becomes the error's: a status in it is the body's (a call it made), not the answer's.
  const said = typeof body?.message === 'string' ? null : FAILED_WITH_STATUS.exec(str(error.message) ?? '');
  return statusOf(Number(said?.[1])) ?? STATUS_OF_CODE[String(error.code)];
}

/**
 * UploadThing's client (`uploadthing/client`'s `genUploader`/`uploadFiles`, and `@uploadthing/react`'s hooks, whose
 * `onUploadError` gets the same value) fails with an `UploadThingError` (name "UploadThingError", `code`, `cause`,
 * `data`) made from the route handler's answer (uploadthing/dist/ut-reporter-Dlppchbx.js, `createUTReporter`):
 * - a JSON answer that is not ok: `code` from its status (see `STATUS_OF_CODE`), `message` the body's or "Request to
 *   <url> failed with status <status>", `cause` the parsed body, no headers: read as that body with the status it
 *   still tells;
 * - an answer that is not JSON (a gateway page, an empty 502): `INTERNAL_CLIENT_ERROR` whose `cause` is an
 *   `InvalidJson` error; the status and the text are gone, so nothing of the server is left;
 * - no answer: `INTERNAL_CLIENT_ERROR` whose `cause` is a `FetchError` whose `error` is fetch's failure spread into a
 *   plain object (its name, message and stack): read as that failure.
 * An app's abort (its `signal`) interrupts the run, and the client throws an `UploadAbortedError` (name and `_tag`
 * "UploadAborted", no message, no reason: uploadthing/client/index.js, `typedUploadFiles`).
 */
export function uploadthingError(error: Loose, readWrapped: ReadWrapped): Source | undefined {
  const details = str(error.stack);
  if (error.name === 'UploadAborted')
    return error._tag === 'UploadAborted'
      ? { header: NO_HEADERS, kind: 'cancelled', format: 'abort', details }
      : undefined;
  if (typeof error.code !== 'string') return undefined;
  const { cause } = error;
  if (cause?._tag === 'FetchError' && isObject(cause.error)) return readWrapped(cause.error);
  const body = isBody(cause) ? cause : undefined;
  return { status: statusOfError(error, body), header: NO_HEADERS, body, details };
}

export const uploadthingErrors: ErrorClient = {
  errorNames: ['UploadThingError', 'UploadAborted'],
  read: uploadthingError,
};
