import type { FieldMap } from './context';
import { asText } from './asText';

/**
 * What a field map says for a server path: a record entry (own keys only) or the function's answer,
 * when it is text. A map that throws or answers with something else says nothing.
 */
export function lookup(map: FieldMap | undefined, path: string): string | undefined {
  try {
    return asText(typeof map === 'function' ? map(path) : map && typeof map === 'object' && Object.hasOwn(map, path) ? map[path] : undefined) || undefined;
  } catch {
    return undefined;
  }
}
