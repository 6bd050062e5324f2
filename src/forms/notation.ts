/**
 * A form name in the bracket notation TanStack Form and Conform use for list items: `items.0.name`
 * becomes `items[0].name`. A name already written with brackets stays as it is.
 */
export const bracketPath = (name: string): string => name.replace(/\.(\d+)(?=\.|$)/g, '[$1]');

/**
 * Sets an own, enumerable property, also for a key like `__proto__` (which plain assignment would
 * take as the prototype). The objects stay plain, because React's server-action serializer and
 * `structuredClone` refuse or flatten objects without `Object.prototype`.
 */
export function own<T>(target: Record<string, T>, key: string, value: T): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}
