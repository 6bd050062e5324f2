import { isObject, type Loose } from './util';

/** Reads the first present of the named response headers, case-insensitively; undefined when none is. */
export type HeaderReader = (...names: string[]) => string | undefined;

/**
 * One reader over every header shape apps hand us: fetch `Headers`, `Map`s, axios `AxiosHeaders`,
 * Node's `IncomingHttpHeaders` and plain objects in any case. A throwing getter costs only that header.
 */
export function readHeaders(headers: Loose): HeaderReader {
  // Lowercased name to the key to read in `source`: built once, as a normalization asks for ~30 names.
  let keys: Map<string, string> | undefined;
  let source = headers;
  return (...names) => {
    try {
      if (!keys) {
        keys = new Map();
        if (typeof headers?.forEach === 'function') {
          source = Object.create(null);
          headers.forEach((value: unknown, key: unknown) => keys!.set((key = String(key).toLowerCase()) as string, key as string) && (source[key as string] = value));
        } else if (isObject(headers)) for (const key of Object.keys(headers).slice(0, 200)) keys.set(key.toLowerCase(), key);
      }
    } catch {
      // unreadable headers are no headers
    }
    for (const name of keys!.size ? names : []) {
      try {
        const key = keys!.get(name.toLowerCase());
        let value = key === undefined ? undefined : source[key];
        value = Array.isArray(value) ? value.join(', ') : value;
        // Real values are short; the cap keeps every split and regex run on them cheap.
        value = (typeof value === 'string' || typeof value === 'number') && String(value).slice(0, 4096).trim();
        if (value) return value;
      } catch {
        // a throwing getter costs only its header
      }
    }
    return undefined;
  };
}
