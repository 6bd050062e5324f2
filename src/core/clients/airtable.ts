import { NO_HEADERS } from '../headers';
import type { Source } from '../input';
import { statusOf, type Loose } from '../util';
import type { ErrorClient } from './client';

/**
 * Where Airtable.js puts its own words: always for these statuses (it reads no body), and for the others when the body
 * had none.
 */
const SDK_WORDS_FOR: ReadonlySet<number> = new Set([401, 403, 413, 429, 500, 503]);
const SDK_DEFAULT =
  /^(?:Could not find what you are looking for|The operation cannot be processed|An unexpected error occurred)$/;

/**
 * Airtable.js's `AirtableError` (not an `Error`): `{ error: type, message, statusCode }`, read as the body Airtable
 * sends (`{ error: { type, message } }`), without the texts the SDK puts in place of the server's. A request that
 * got no answer is one too: `CONNECTION_ERROR`, with the socket's words.
 */
export function airtableError(error: Loose): Source {
  if (error.error === 'CONNECTION_ERROR')
    return { header: NO_HEADERS, kind: 'network', format: 'network', details: String(error.message) };
  const status = statusOf(error.statusCode);
  const message = SDK_WORDS_FOR.has(status ?? 0) || SDK_DEFAULT.test(error.message) ? undefined : error.message;
  return { status, header: NO_HEADERS, body: { error: { type: error.error, message } } };
}

export const airtableErrors: ErrorClient = {
  test: (error) =>
    typeof error.error === 'string' && 'statusCode' in error && typeof error.message === 'string' && !error.name,
  read: airtableError,
};
