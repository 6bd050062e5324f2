import { HttpError } from './httpError';
import type { Normalizer } from './createNormalizer';
import { normalizerOf } from './normalizeError';
import type { ApiError, NormalizeOptions } from './types';
import { isObject, type Loose } from './util';

/**
 * A fetch `Response` whose body nobody has read, told by shape: a second copy of undici, a polyfill
 * or another realm's `Response` fails `instanceof`.
 */
const unread = (value: Loose): Response | undefined =>
  typeof value?.clone === 'function' &&
  typeof value.status === 'number' &&
  isObject(value.headers) &&
  value.bodyUsed === false
    ? value
    : undefined;

/** The unread response a value is or carries: a thrown `Response`, ky 1's `HTTPError`, wretch 2's error. */
function unreadResponse(value: unknown): Response | undefined {
  try {
    return unread(value) ?? (isObject(value) ? unread(value.response) : undefined);
  } catch {
    // A throwing getter: nothing that can be read safely.
    return undefined;
  }
}

export interface ReadApiErrorOptions extends NormalizeOptions {
  /**
   * What reads the value once its body is read: a `createNormalizer` that reads only your API's formats.
   * @default normalizeError (every format the kit knows)
   */
  normalize?: Normalizer;
}

/**
 * Whether `readApiError` has a body to read in this value: it is, or carries as `response`, a fetch
 * `Response` whose body is unread (a thrown `Response`, ky 1's `HTTPError`, a wretch 2 error with
 * `errorType(null)`). `normalizeError` sees only the status and headers of such a value.
 */
export function hasUnreadBody(value: unknown): boolean {
  return unreadResponse(value) !== undefined;
}

/**
 * `normalizeError` for a value whose body has not been read yet: reads it from a clone (so the app
 * can still read the response), up to 1 MiB, as JSON or text by its content type, then normalizes
 * status, headers and body together, exactly as `normalizeError(await HttpError.fromResponse(res))`.
 * A value with nothing to read gives `normalizeError(value)`. Never rejects: a body that cannot be
 * read leaves the model from status and headers. `cause` is the value passed in.
 *
 * @example
 * try { await ky1.get('/api/users/1').json(); }
 * catch (error) { show(await readApiError(error)); }
 */
export async function readApiError(value: unknown, options?: ReadApiErrorOptions): Promise<ApiError> {
  const normalize = normalizerOf(options);
  const response = unreadResponse(value);
  if (response) {
    try {
      const model = normalize(await HttpError.fromResponse(response.clone()), options);
      // `cause` promises the value the app had, not the HttpError made on the way.
      return Object.freeze(Object.defineProperty({ ...model }, 'cause', { value }));
    } catch {
      // A response-like object whose clone or headers throw: read what the value itself shows.
    }
  }
  return normalize(value, options);
}
