import { NO_HEADERS, readHeaders } from '../headers';
import type { Source } from '../input';
import type { ApiErrorKind } from '../types';
import { str, type Loose } from '../util';
import type { ErrorClient } from './client';

// Its classes are anonymous (`var BlobNotFoundError = class extends BlobError`) and set no `name`, so a bundler's
// renaming leaves nothing but these exact sentences of the SDK's to tell them by.
const KIND_OF: ReadonlyMap<string, ApiErrorKind> = new Map([
  ['Vercel Blob: The request was aborted.', 'cancelled'],
  ['Vercel Blob: The requested blob does not exist', 'not-found'],
  ['Vercel Blob: Access denied, please provide a valid token for this resource.', 'forbidden'],
  ['Vercel Blob: The blob service is currently not available. Please try again.', 'unavailable'],
  // Only the `bad_request` answer without a message: with one, the message is the server's, beside the SDK's own
  // checks ("Vercel Blob: body is required"), which no sentence tells apart.
  ['Vercel Blob: Bad request', 'bad-request'],
]);
const RATE_LIMITED = 'Vercel Blob: Too many requests please lower the number of concurrent requests';

/** `BlobServiceRateLimited`: its one own member is Retry-After's seconds (`parseInt`, so NaN for an HTTP-date). */
const isRateLimited = (error: Loose): boolean =>
  str(error.message)?.startsWith(RATE_LIMITED) === true &&
  typeof error.retryAfter === 'number' &&
  Object.keys(error).length === 1;

/**
 * `@vercel/blob` 2 (node_modules/@vercel/blob/dist/chunk-YYMLUMXS.js, from src/api.ts `getBlobError` and
 * `requestApi`): for a failed answer it throws a `BlobError` subclass picked by the body's `error.code` alone, whatever
 * the status, each an `Error` whose `name` stays "Error", with a fixed message ("Vercel Blob: …") and no status, no
 * headers, no body. The ones whose class says a kind: `BlobNotFoundError` (`not_found`), `BlobAccessError`
 * (`forbidden`), `BlobServiceNotAvailable` (`service_unavailable`), `BlobServiceRateLimited` (`rate_limited`, with
 * Retry-After's seconds as `retryAfter`, read as that header), a `BlobError` "Bad request" (`bad_request` without a
 * message), and `BlobRequestAbortedError`, which an app's `abortSignal` ends a call with. Every other answer (a body
 * that is not JSON, another code) is `BlobUnknownError`, which keeps nothing and is read as any error.
 */
export function vercelBlobError(error: Loose): Source | undefined {
  const details = str(error.stack) ?? `Error: ${String(error.message)}`;
  if (isRateLimited(error)) {
    const seconds: number = error.retryAfter;
    const header =
      seconds > 0 && Number.isFinite(seconds) ? readHeaders({ 'retry-after': String(seconds) }) : NO_HEADERS;
    return { header, kind: 'rate-limited', details };
  }
  const kind = KIND_OF.get(error.message);
  if (!kind) return undefined;
  return kind === 'cancelled'
    ? { header: NO_HEADERS, kind, format: 'abort', details }
    : { header: NO_HEADERS, kind, details };
}

export const vercelBlobErrors: ErrorClient = {
  test: (error) =>
    error.name === 'Error' &&
    error.cause === undefined &&
    ((KIND_OF.has(error.message) && Object.keys(error).length === 0) || isRateLimited(error)),
  read: vercelBlobError,
};
