import * as React from 'react';
import { normalizeError, type ApiError, type ErrorParser } from 'api-error-kit';
import { useApiErrorConfig } from './context';

// One model per thrown value, shared by every component that renders it.
const cache = new WeakMap<readonly ErrorParser[] | object, WeakMap<object, ApiError>>();
const NO_PARSERS: readonly ErrorParser[] = [];

/** `normalizeError`, remembered per input object (and per parser list). */
export function normalizeCached(error: unknown, parsers: readonly ErrorParser[] = NO_PARSERS, now?: number): ApiError {
  if (typeof error !== 'object' || error === null) return normalizeError(error, { parsers: [...parsers], now });
  let byInput = cache.get(parsers);
  if (!byInput) cache.set(parsers, (byInput = new WeakMap()));
  let model = byInput.get(error);
  if (!model) byInput.set(error, (model = normalizeError(error, { parsers: [...parsers], now })));
  return model;
}

/**
 * The `ApiError` for whatever a query, mutation or catch block produced; null for null or
 * undefined. The same input gives the same object on every render (no re-normalizing), and the
 * provider's custom parsers and clock are honoured.
 */
export function useApiError(error: unknown): ApiError | null {
  const { parsers, clock } = useApiErrorConfig();
  return React.useMemo(
    () => (error == null ? null : normalizeCached(error, parsers, clock.now())),
    // The clock only stamps `retryAt` once, when the error first arrives.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [error, parsers],
  );
}
