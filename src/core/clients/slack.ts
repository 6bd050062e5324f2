import { NO_HEADERS } from '../headers';
import type { Source } from '../input';
import { isObject, type Loose } from '../util';
import type { ErrorClient } from './client';

/**
 * `@slack/web-api`'s `WebAPIPlatformError`: an `ok: false` answer, which the Web API sends with a 200 (any other
 * status throws another class first), its body kept in `data`.
 */
export const slackPlatformError = (error: Loose): Source | undefined =>
  isObject(error.data) ? { status: 200, header: NO_HEADERS, body: error.data } : undefined;

/** `@slack/web-api`'s `WebAPIRateLimitedError`, thrown for a 429 only: Retry-After's seconds, and nothing else. */
export const slackRateLimitedError = (error: Loose): Source => ({
  status: 429,
  header: NO_HEADERS,
  body: { retry_after: error.retryAfter },
});

export const slackErrors: ErrorClient = {
  errorNames: ['WebAPIPlatformError', 'WebAPIRateLimitedError'],
  read: (error) => (error.name === 'WebAPIRateLimitedError' ? slackRateLimitedError(error) : slackPlatformError(error)),
};
