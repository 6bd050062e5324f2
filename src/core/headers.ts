import type { ParseContext } from './types';
import { isObject, type Loose } from './util';

/** Reads the first present of the named response headers, case-insensitively; undefined when none is. */
export type HeaderReader = ParseContext['header'];

/** The reader of a response without headers (most failures): one shared function that answers at once. */
export const NO_HEADERS: HeaderReader = () => undefined;

/**
 * A reader that knows the names of its headers of a shape, for the readers that look for them by shape (vendor
 * families).
 */
type WithNames = HeaderReader & { rateLimitNames?: readonly string[]; requestIdNames?: readonly string[] };

/** The lower-cased names of a reader's rate-limit headers (`…ratelimit…`, `…rate-limit…`) that have a value. */
export const rateLimitHeaderNames = (header: HeaderReader): readonly string[] =>
  (header as WithNames).rateLimitNames ?? [];

/**
 * A vendor's request-id header, named like one: `opc-request-id` (Oracle Cloud), `x-global-transaction-id`
 * (IBM Cloud), `x-ep-request-uuid` (EasyPost), `x-contentful-request-id`, and a response id (bunq's
 * `x-bunq-client-response-id`).
 */
const REQUEST_ID_NAME = /(?:^|-)(?:request|req|response|transaction|correlation)-?(?:id|uuid)$/;

/** The lower-cased names of a reader's headers named like a request id, in the order they came. */
export const requestIdHeaderNames = (header: HeaderReader): readonly string[] =>
  (header as WithNames).requestIdNames ?? [];

/**
 * One reader over every header shape apps hand us: fetch `Headers`, `Map`s, axios `AxiosHeaders`,
 * Node's `IncomingHttpHeaders` and plain objects in any case. A throwing getter costs only that header.
 */
export function readHeaders(headers: Loose): HeaderReader {
  // Lowercased name to value, read once: a normalization asks for ~30 names, most of them absent.
  const values = new Map<string, string>();
  // A later spelling of a name (`retry-after` after `Retry-After`) replaces an earlier one, even when
  // its value is unusable.
  const add = (name: unknown, read: () => unknown) => {
    const key = String(name).toLowerCase();
    values.set(key, '');
    try {
      let value = read();
      value = Array.isArray(value) ? value.join(', ') : value;
      // Real values are short; the cap keeps every split and regex run on them cheap.
      if (typeof value === 'string' || typeof value === 'number') values.set(key, String(value).slice(0, 4096).trim());
    } catch {
      // a throwing getter costs only its header
    }
  };
  try {
    if (typeof headers?.forEach === 'function')
      headers.forEach((value: unknown, name: unknown) => add(name, () => value));
    else if (isObject(headers)) for (const name of Object.keys(headers).slice(0, 200)) add(name, () => headers[name]);
  } catch {
    // unreadable headers are no headers
  }
  if (!values.size) return NO_HEADERS;
  const reader: HeaderReader = (...names) => {
    for (const name of names) {
      // The kit asks in lower case; an app's own parser may not.
      const value = values.get(name) ?? values.get(name.toLowerCase());
      if (value) return value;
    }
    return undefined;
  };
  const rateLimited: string[] = [];
  const requestIds: string[] = [];
  for (const [name, value] of values) {
    if (!value) continue;
    // Pushover's family says only "limit": `X-Limit-App-Limit`, `-Remaining`, `-Reset`.
    if (name.includes('ratelimit') || name.includes('rate-limit') || name.startsWith('x-limit-'))
      rateLimited.push(name);
    else if (name.endsWith('id') && REQUEST_ID_NAME.test(name)) requestIds.push(name);
  }
  if (rateLimited.length) (reader as WithNames).rateLimitNames = rateLimited;
  if (requestIds.length) (reader as WithNames).requestIdNames = requestIds;
  return reader;
}
