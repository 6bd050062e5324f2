/**
 * Untrusted JSON from a server. Read only through optional chaining and `typeof` checks; typing it
 * would add casts, not safety. Anything that throws while being read is contained by the caller.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Loose = any;

export const isObject = (value: unknown): value is Record<string, Loose> => typeof value === 'object' && value !== null;

/** A string, or a finite number as a string (codes like Discord's `50035` are strings in the model). */
export const str = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : typeof value === 'number' && Number.isFinite(value) ? String(value) : undefined;

/** An HTTP status from a number or a numeric string ("422" in JSON:API). */
export const statusOf = (value: unknown): number | undefined => {
  const n = typeof value === 'number' || typeof value === 'string' ? +value : 0;
  return n > 99 && n < 600 && n % 1 === 0 ? n : undefined;
};

/** The first of `keys` whose value `read` accepts. */
export function first<T>(value: Loose, keys: readonly string[], read: (found: unknown) => T | undefined): T | undefined {
  // `in` first: on the megamorphic shapes of error bodies a failed `in` costs half a failed read.
  if (isObject(value))
    for (const key of keys) {
      const found = key in value ? read(value[key]) : undefined;
      if (found !== undefined) return found;
    }
  return undefined;
}

/** A non-empty trimmed string. */
export const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim()) || undefined;
