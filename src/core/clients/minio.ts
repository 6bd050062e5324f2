import { NO_HEADERS, readHeaders } from '../headers';
import type { Source } from '../input';
import { guardedMember, isObject, statusOf, str, type Loose } from '../util';
import type { ErrorClient } from './client';

/** What `requestWithRetry` throws when a status it retries (408, 429, 499, 500, 502, 503, 504, 520) came back last. */
const RETRIED = /^Request failed after \d+ retries: Error: Retryable HTTP status: (\d{3})$/;

/**
 * The code and message `parseResponseError` makes up for an answer without a body, and the status each stands for.
 * Its others are left unread: a 405 and a 501 get the same words, its 503 `SlowDown` never comes (a 503 is retried
 * first), and no public answer shows its 301 or 307, nor the `x-minio-error-code` and `x-minio-error-desc` headers it
 * takes the words from for any other status.
 */
const MADE_UP: ReadonlyMap<string, number> = new Map([
  ['AccessDenied\nValid and authorized credentials required', 403],
  ['NotFound\nNot Found', 404],
]);

/** S3's `<Error>` elements, which `parseError` keeps as members under their names in lower case. */
const ELEMENTS = ['Code', 'Message', 'Resource', 'RequestId', 'HostId', 'BucketName', 'Key', 'Region'] as const;

/** The headers `parseResponseError` keeps, under the names it gives them. */
const headersOf = (error: Loose): Source['header'] =>
  readHeaders({
    'x-amz-request-id': guardedMember(error, 'amzRequestid'),
    'x-amz-id-2': guardedMember(error, 'amzId2'),
    'x-amz-bucket-region': guardedMember(error, 'amzBucketRegion'),
  });

/**
 * The MinIO JavaScript client (`minio`, node_modules/minio/dist/esm/internal/xml-parser.mjs `parseResponseError`,
 * request.mjs `requestWithRetry`, errors.mjs) keeps neither the status nor the response, only what it made of them:
 * - for an answer with a body, an `S3Error` whose members are the `<Error>` document's elements in lower case
 *   (`code`, `message`, `requestid`, …; none when the body is not S3's XML), beside the `x-amz-request-id`,
 *   `x-amz-id-2` and `x-amz-bucket-region` headers as `amzRequestid`, `amzId2` and `amzBucketRegion`: read as that
 *   document and those headers, with no status;
 * - for one without (a HEAD), an `S3Error` whose `cause` holds those headers and whose `code` and `message` are its
 *   own words for the status (`NotFound`, "Not Found" for a 404): read as that status and those headers, no body;
 * - for a status it retries, once retried, a plain `Error` whose message alone names the status: read as that status.
 */
export function minioError(error: Loose): Source {
  const message = str(guardedMember(error, 'message')) ?? '';
  const details = str(guardedMember(error, 'stack')) ?? message;
  const retried = RETRIED.exec(message);
  if (retried) return { status: statusOf(retried[1]), header: NO_HEADERS, details };
  const header = headersOf(error);
  if (isObject(guardedMember(error, 'cause')))
    return { status: MADE_UP.get(`${str(guardedMember(error, 'code'))}\n${message}`), header, details };
  const body: Loose = {};
  for (const element of ELEMENTS) {
    const value = guardedMember(error, element.toLowerCase(), true);
    if (value !== undefined) body[element] = value;
  }
  return { header, body: Object.keys(body).length ? body : undefined, details };
}

/** Its retried status: a plain `Error` with nothing but that message. */
function isRetried(error: Loose): boolean {
  try {
    return (
      error.name === 'Error' &&
      error.cause === undefined &&
      Object.keys(error).length === 0 &&
      typeof error.message === 'string' &&
      RETRIED.test(error.message)
    );
  } catch {
    return false;
  }
}

export const minioErrors: ErrorClient = { errorNames: ['S3Error'], test: isRetried, read: minioError };
