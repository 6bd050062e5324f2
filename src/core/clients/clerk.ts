import { NO_HEADERS } from '../headers';
import { FAILED_FETCH, type Source } from '../input';
import { statusOf, type Loose } from '../util';
import type { ErrorClient } from './client';

/**
 * Clerk's `ClerkAPIResponseError` (@clerk/backend, @clerk/clerk-js): the status, and the body's `errors` as
 * `ClerkAPIError`s (`code`, `message`, `longMessage`, `meta.paramName`), read as the body they came from. Its
 * own `code` (`api_response_error`) and `message` (the reason phrase) are the SDK's on every error. A failed
 * fetch comes back the same way, without a status, as one `unexpected_error` item carrying fetch's message.
 */
export function clerkError(error: Loose): Source {
  const status = statusOf(error.status);
  const errors: unknown = error.errors;
  const first: Loose | undefined = Array.isArray(errors) ? errors[0] : undefined;
  if (!status && first?.code === 'unexpected_error' && FAILED_FETCH.test(String(first.message)))
    return { header: NO_HEADERS, kind: 'network', format: 'network', details: String(first.message) };
  return { status, header: NO_HEADERS, body: { errors, clerk_trace_id: error.clerkTraceId } };
}

export const clerkErrors: ErrorClient = { errorNames: ['ClerkAPIResponseError'], read: clerkError };
