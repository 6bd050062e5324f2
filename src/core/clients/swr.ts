import { readHeaders } from '../headers';
import type { Source } from '../input';
import { statusOf, type Loose } from '../util';
import type { ErrorClient } from './client';

/**
 * The error of SWR's documented fetcher (swr.vercel.app/docs/error-handling): an `Error` with the
 * response's `status` and its parsed body as `info`. It keeps no headers; an app's fetcher may add them as `headers`.
 */
export function swrError(error: Loose): Source | undefined {
  const status = statusOf(error.status);
  // superagent's response has an `info` too: a boolean (a 1xx status) beside its headers and body.
  return status && typeof error.info !== 'boolean'
    ? { status, header: readHeaders(error.headers), body: error.info ?? undefined }
    : undefined;
}

export const swrErrors: ErrorClient = { test: (error) => 'info' in error, read: swrError };
