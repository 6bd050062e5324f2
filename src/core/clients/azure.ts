import { readHeaders } from '../headers';
import type { Source } from '../input';
import { isObject, statusOf, type Loose } from '../util';
import type { ErrorClient } from './client';

/**
 * The Azure SDK's `RestError` (`@azure/core-rest-pipeline`, beneath every `@azure/*` client): the response whole, as
 * `statusCode` and a non-enumerable `response` with its `headers` (an `HttpHeaders`, whose `toJSON()` gives them as
 * an object) and the body's text (`bodyAsText`) or its parse. Its own `code` and `message` are the body's, parsed
 * only when the response said XML. Without a status it failed before any answer: its `code` (`ECONNREFUSED`) says
 * why, which the generic reading reads.
 */
export function azureRestError(error: Loose): Source | undefined {
  const status = statusOf(error.statusCode);
  if (!status) return undefined;
  const response: Loose = isObject(error.response) ? error.response : {};
  const { headers } = response;
  return {
    status,
    header: readHeaders(typeof headers?.toJSON === 'function' ? headers.toJSON() : headers),
    body: response.bodyAsText ?? response.parsedBody,
  };
}

export const azureErrors: ErrorClient = { errorNames: ['RestError'], read: azureRestError };
