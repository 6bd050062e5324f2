import { isObject } from './util';

/** Reads one response header, case-insensitively; undefined when absent or unreadable. */
export type HeaderReader = (name: string) => string | undefined;

/**
 * One reader over every header shape apps hand us: fetch `Headers`, axios `AxiosHeaders`, Node's
 * `IncomingHttpHeaders` and plain objects in any case. A throwing getter costs only that header.
 */
export function readHeaders(headers: unknown): HeaderReader {
  let lower: Record<string, unknown> | undefined;
  return (name) => {
    try {
      let value: unknown;
      if (!isObject(headers)) return undefined;
      if (typeof headers.get === 'function') value = headers.get(name);
      else {
        lower ??= Object.fromEntries(Object.keys(headers).slice(0, 200).map((key) => [key.toLowerCase(), headers[key]]));
        value = lower[name];
      }
      value = Array.isArray(value) ? value.join(', ') : value;
      return (typeof value === 'string' || typeof value === 'number') && String(value).trim() ? String(value).trim() : undefined;
    } catch {
      return undefined;
    }
  };
}
