import { readHeaders } from './headers';
import { HttpError, MAX_BODY_BYTES } from './httpError';
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

/** A `Blob`, told by shape as a `Response` is. */
const isBlob = (value: Loose): boolean =>
  typeof value?.text === 'function' && typeof value.slice === 'function' && typeof value.size === 'number';

/**
 * A result that holds its body as a `Blob` beside its status and headers, or an error that keeps such a result as
 * `response`: ts-rest hands a body that is neither JSON nor `text/…` (S3's XML) so, and only an await reads it.
 */
function blobHolder(value: unknown): Loose | undefined {
  try {
    for (const holder of isObject(value) ? [value, value.response] : [])
      if (isObject(holder) && typeof holder.status === 'number' && isBlob(holder.body)) return holder;
  } catch {
    // A throwing getter: nothing that can be read safely.
  }
  return undefined;
}

/**
 * undici's `request()` result, `{ statusCode, headers, body }`, whose `body` (a `BodyReadable`: a Node stream with
 * fetch's body methods, `dump()` and its web stream as `body`; node_modules/undici/lib/api/readable.js) nobody has
 * read. It has no clone: reading it spends it, as undici asks of every body it hands over (lib/api/api-request.js).
 */
function unreadBodyReadable(value: unknown): Loose | undefined {
  try {
    if (!isObject(value) || typeof value.statusCode !== 'number' || !isObject(value.headers)) return undefined;
    const { body }: Loose = value;
    const unread = isObject(body) && body.bodyUsed === false && typeof body.dump === 'function';
    return unread && typeof body.text === 'function' ? value : undefined;
  } catch {
    // A throwing getter: nothing that can be read safely.
    return undefined;
  }
}

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
 * `errorType(null)`), a result whose body is a `Blob` (ts-rest's for XML), or undici's `request()` result whose
 * body is unread. `normalizeError` sees only the status and headers of such a value.
 */
export function hasUnreadBody(value: unknown): boolean {
  return (
    unreadResponse(value) !== undefined || blobHolder(value) !== undefined || unreadBodyReadable(value) !== undefined
  );
}

/** The model with `cause` set to the value the app had, not what was made on the way. */
const causedBy = (model: ApiError, value: unknown): ApiError =>
  Object.freeze(Object.defineProperty({ ...model }, 'cause', { value }));

/**
 * `normalizeError` for a value whose body has not been read yet: reads it from a clone (so the app
 * can still read the response), up to 1 MiB, as JSON or text by its content type, then normalizes
 * status, headers and body together, exactly as `normalizeError(await HttpError.fromResponse(res))`.
 * A value with nothing to read gives `normalizeError(value)`. Never rejects: a body that cannot be
 * read leaves the model from status and headers. `cause` is the value passed in. undici's `request()` result has
 * no clone: its body is read itself, as undici asks an app to do with every body.
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
      return causedBy(normalize(await HttpError.fromResponse(response.clone()), options), value);
    } catch {
      // A response-like object whose clone or headers throw: read what the value itself shows.
    }
  }
  const readable = unreadBodyReadable(value);
  if (readable) {
    try {
      // Read as a `Response` is (capped, JSON or text by its type), from the web stream undici makes of the body.
      const type = readHeaders(readable.headers)('content-type');
      const response = new Response(readable.body.body, type ? { headers: { 'content-type': type } } : {});
      const { body } = await HttpError.fromResponse(response);
      return causedBy(normalize({ status: readable.statusCode, headers: readable.headers, body }, options), value);
    } catch {
      // A body that cannot be read: the status and headers still speak.
    }
  }
  const held = blobHolder(value);
  if (held) {
    try {
      const body: unknown = await held.body.slice(0, MAX_BODY_BYTES).text();
      return causedBy(normalize({ status: held.status, headers: held.headers, body }, options), value);
    } catch {
      // A Blob that cannot be read: the status and headers still speak.
    }
  }
  return normalize(value, options);
}
