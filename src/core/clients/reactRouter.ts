import { NO_HEADERS } from '../headers';
import type { Source } from '../input';
import { statusOf, str, type Loose } from '../util';
import type { ErrorClient } from './client';

/**
 * React Router's own `ErrorResponse` (`internal: true`): no route matched, or no loader or action
 * for the request. Its `data` is the router's text for developers (`Error: No route matches URL
 * "/x"`), never the page's message. A loader's thrown `data()` or `Response` (`internal: false`) is
 * read as any `{ status, data }`.
 */
export function reactRouterInternal(error: Loose): Source | undefined {
  const status = statusOf(error.status);
  return status && typeof error.statusText === 'string'
    ? { status, header: NO_HEADERS, details: str(error.data) }
    : undefined;
}

export const reactRouterErrors: ErrorClient = {
  test: (error) => error.internal === true,
  read: reactRouterInternal,
};
