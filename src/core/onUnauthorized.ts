import { normalizeError } from './normalizeError';
import type { ApiError } from './types';

/** Call it with every failure; it answers whether the failure was a sign-in failure. */
export interface UnauthorizedHandler {
  (error: unknown): boolean;
  /** Arms the handler again: call it once the person has signed in. */
  reset(): void;
}

/**
 * Runs `handler` on the first failure that signing in would fix (`unauthenticated`: a 401, an expired
 * token), and not again until `reset()`: twenty queries failing with 401 at the same moment send the
 * person to the sign-in page once, not twenty times. Create one per page (in the browser, not per
 * server request) and share it between the query and mutation caches. The returned function answers
 * `true` for every sign-in failure, fired or not, so the caller can skip its toast for them. Never
 * throws on what it is given to read; an exception from `handler` is the app's own and reaches it.
 *
 * @example const signInOnce = onUnauthorized(() => location.assign('/sign-in'));
 */
export function onUnauthorized(handler: (error: ApiError) => void): UnauthorizedHandler {
  let fired = false;
  const onError = (error: unknown): boolean => {
    const model = normalizeError(error);
    if (model.kind !== 'unauthenticated') return false;
    if (!fired) {
      fired = true;
      handler(model);
    }
    return true;
  };
  return Object.assign(onError, { reset: () => void (fired = false) });
}
