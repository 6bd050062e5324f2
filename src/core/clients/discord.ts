import { NO_HEADERS } from '../headers';
import type { Source } from '../input';
import { isObject, statusOf, type Loose } from '../util';
import type { ErrorClient } from './client';

/**
 * `@discordjs/rest`'s errors, named with their code or route (`DiscordAPIError[50035]`, `RateLimitError[/users/@me]`):
 * a `DiscordAPIError` keeps the body as `rawError` (its message is the SDK's summary of it); a `RateLimitError`, thrown
 * only when the app asks (`rejectOnRateLimit`), keeps Retry-After as `retryAfter` in milliseconds and no status: read
 * as the body Discord sends with a 429 (`retry_after` in seconds, `global`).
 */
export function discordError(error: Loose): Source | undefined {
  if (String(error.name).startsWith('RateLimitError['))
    return {
      header: NO_HEADERS,
      kind: 'rate-limited',
      body: { retry_after: error.retryAfter / 1000, global: error.global },
    };
  return isObject(error.rawError)
    ? { status: statusOf(error.status), header: NO_HEADERS, body: error.rawError }
    : undefined;
}

export const discordErrors: ErrorClient = {
  test: (error) =>
    /^DiscordAPIError\[/.test(error.name) ||
    (/^RateLimitError\[/.test(error.name) && typeof error.retryAfter === 'number' && 'timeToReset' in error),
  read: discordError,
};
