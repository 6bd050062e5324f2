import { NO_HEADERS } from '../headers';
import type { Source } from '../input';
import { str, type Loose } from '../util';
import type { ErrorClient } from './client';

/** The words `HttpClient.abortError()` gives core's `AbortError`, whether the signal fired before the call or in it. */
const ABORTED = 'The HTTP call was aborted.';

/**
 * The TypeScript SDKs APIMatic generates (PayPal's `@paypal/paypal-server-sdk`, …) run on `@apimatic/core` and its
 * axios adapter. For an answer outside 2xx they throw core's `ApiError` (or the SDK's subclass of it: PayPal's
 * `CustomError`, `OAuthProviderError`) with `statusCode`, `headers` (lower-cased names) and `body` (the text): the
 * generic reading takes it as the response it is. When the app's `abortSignal` fires, the adapter's `executeRequest`
 * throws core's `AbortError` instead of axios's cancel: an `Error` whose name stays "Error" (the class sets none,
 * and a bundler may rename it), told by its exact words and nothing of its own beside them, read as cancelled.
 * Files: @apimatic/axios-client-adapter/src/httpClient.ts (`executeRequest`, `abortError`),
 * @apimatic/core/src/errors/abortError.ts.
 */
export function apimaticAbortError(error: Loose): Source {
  return { header: NO_HEADERS, kind: 'cancelled', format: 'abort', details: str(error.stack) ?? str(error.message) };
}

export const apimaticErrors: ErrorClient = {
  test: (error) =>
    error.message === ABORTED && error.name === 'Error' && error.cause === undefined && Object.keys(error).length === 0,
  read: apimaticAbortError,
};
