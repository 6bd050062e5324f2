import { normalizeError, type ReadingOptions } from 'api-error-kit';

export interface RetryPolicyOptions extends ReadingOptions {
  /**
   * Retries after the first attempt, for errors worth retrying.
   * @default 3
   */
  maxRetries?: number;
  /**
   * The longest single wait in ms. A server that asks for longer (`Retry-After: 3600`) is not
   * retried automatically: the person decides, with the countdown in front of them.
   * @default 60000
   */
  maxDelay?: number;
  /**
   * The first backoff step in ms when the server named no time; doubles per retry, up to 30 s.
   * @default 1000
   */
  baseDelay?: number;
  /**
   * The longest rate-limit wait (`Retry-After`, a reset header) TanStack Query waits out silently,
   * in ms. A longer one is not retried here: the query fails at once, so the person sees the
   * rate-limit notice counting down, and the notice retries by itself when the time is up (they can
   * cancel it). Raise it to keep short waits invisible; `Infinity` restores fully silent waits.
   * @default 0
   */
  silentWait?: number;
  /** For tests. */
  now?: () => number;
  /** For tests: a number in [0, 1). */
  random?: () => number;
}

/**
 * `retry` and `retryDelay` for TanStack Query that read the error: no retry for validation,
 * sign-in, permission, not-found or conflict errors (the same request fails the same way); retries
 * for network, timeout, unavailable, server and rate-limit errors up to `maxRetries`; waits until
 * `retryAt` when the server said when, else backs off exponentially with jitter. A rate limit whose
 * wait is longer than `silentWait` is not waited out silently: it reaches the component, whose notice
 * shows the countdown and retries when it is over.
 *
 * @example new QueryClient({ defaultOptions: { queries: retryPolicy(), mutations: retryPolicy({ maxRetries: 1 }) } })
 */
export function retryPolicy(options: RetryPolicyOptions = {}) {
  const {
    maxRetries = 3,
    maxDelay = 60_000,
    baseDelay = 1000,
    silentWait = 0,
    now = Date.now,
    random = Math.random,
  } = options;
  const normalize = typeof options.normalize === 'function' ? options.normalize : normalizeError;
  const read = (error: unknown) => normalize(error, { parsers: options.parsers && [...options.parsers], now: now() });
  return {
    retry(failureCount: number, error: unknown): boolean {
      const apiError = read(error);
      const wait = (apiError.retryAt ?? 0) - now();
      // A wait the person should see: the notice counts it down and retries, instead of a silent "Loading…".
      if (apiError.kind === 'rate-limited' && apiError.retryAt !== undefined && wait > silentWait) return false;
      return apiError.retryable && failureCount < maxRetries && wait <= maxDelay;
    },
    retryDelay(failureCount: number, error: unknown): number {
      const { retryAt } = read(error);
      if (retryAt !== undefined) return Math.min(maxDelay, Math.max(0, retryAt - now()));
      // "Equal jitter": never less than half the step, so retries from many clients spread out but still back off.
      const step = Math.min(30_000, baseDelay * 2 ** failureCount);
      return Math.round(step / 2 + (random() * step) / 2);
    },
  };
}
