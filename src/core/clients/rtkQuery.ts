import { NO_HEADERS } from '../headers';
import type { Source } from '../input';
import type { Loose } from '../util';
import type { ErrorClient } from './client';

/**
 * RTK Query's failures without a response, told in `status`: `FETCH_ERROR` (with the thrown error as
 * text in `error`: an aborted fetch is an `AbortError`) and `TIMEOUT_ERROR` (fetchBaseQuery's `timeout`).
 */
export function rtkQueryFailure({ status, error }: Loose): Source | undefined {
  const kind =
    status === 'TIMEOUT_ERROR'
      ? 'timeout'
      : status === 'FETCH_ERROR'
        ? /^AbortError\b/.test(error)
          ? 'cancelled'
          : 'network'
        : undefined;
  return kind && { header: NO_HEADERS, kind, format: kind === 'cancelled' ? 'abort' : kind };
}

/** Told by a `status` that is a word, not a number. */
export const rtkQueryErrors: ErrorClient = {
  test: (error) => typeof error.status === 'string',
  read: rtkQueryFailure,
};
