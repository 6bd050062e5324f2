import type { FieldMap } from './context';

/** What a field map says for a server path: a record entry (own keys only) or the function's answer. */
export const lookup = (map: FieldMap | undefined, path: string): string | undefined =>
  typeof map === 'function' ? map(path) : map && Object.hasOwn(map, path) ? map[path] : undefined;
