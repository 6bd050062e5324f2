import { NO_HEADERS } from '../headers';
import type { Source } from '../input';
import { str, type Loose } from '../util';
import type { ErrorClient } from './client';

/**
 * openapi-typescript-codegen writes each call as a `CancelablePromise` (core/CancelablePromise.ts, from its
 * templates in node_modules/openapi-typescript-codegen/dist/index.js) whose `cancel()` rejects at once with its own
 * `CancelError` ("Request aborted"), named so and with an `isCancelled` getter that is always true, before the fetch
 * or axios request it aborts can reject: the app's cancel reaches it as that error alone, in every client the
 * generator writes. Its `ApiError` (status, status text, body; no headers) needs no reader.
 */
export function codegenCancelError(error: Loose): Source | undefined {
  // p-cancelable's error of the same name spells it `isCanceled`: left to the generic reading.
  return error.isCancelled === true
    ? { header: NO_HEADERS, kind: 'cancelled', format: 'abort', details: str(error.stack) ?? 'CancelError' }
    : undefined;
}

export const openapiTypescriptCodegenErrors: ErrorClient = { errorNames: ['CancelError'], read: codegenCancelError };
