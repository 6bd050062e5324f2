import { NO_HEADERS } from '../headers';
import type { Source } from '../input';
import { isObject, statusOf, type Loose } from '../util';
import type { ErrorClient } from './client';

/**
 * contentful.js's errors: an `Error` named by the body's `sys.id` (`RateLimitExceeded`), whose message is JSON of
 * `{ status, statusText, message, details, request, requestId }`; read as the body Contentful sent. No headers.
 */
export function contentfulError(error: Loose): Source | undefined {
  const said: unknown = JSON.parse(error.message);
  if (!isObject(said) || !statusOf(said.status)) return undefined;
  const { message, details, requestId } = said as Loose;
  return {
    status: statusOf(said.status),
    header: NO_HEADERS,
    body: { sys: { type: 'Error', id: error.name }, message, details, requestId },
  };
}

export const contentfulErrors: ErrorClient = {
  test: (error) => typeof error.message === 'string' && /^\{\s*"status": \d+,\s*"statusText"/.test(error.message),
  read: contentfulError,
};
