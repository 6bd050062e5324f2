import { DEFAULT_TEXT } from './defaultText';
import type { ApiError } from './types';
import { isObject } from './util';

/**
 * Whether a value is already an `ApiError`. Structural rather than branded, so a model that went
 * through `structuredClone`, a worker or a dehydrated query cache is still recognised.
 */
export function isApiError(value: unknown): value is ApiError {
  try {
    return (
      isObject(value) &&
      typeof value.kind === 'string' &&
      Object.hasOwn(DEFAULT_TEXT, value.kind) &&
      typeof value.title === 'string' &&
      typeof value.message === 'string' &&
      Array.isArray(value.fieldErrors) &&
      typeof value.format === 'string' &&
      typeof value.retryable === 'boolean'
    );
  } catch {
    return false;
  }
}
