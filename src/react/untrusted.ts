import * as React from 'react';

/*
 * Props as a JavaScript caller, a CMS or a deserialised payload really passes them: missing, the wrong
 * type, cyclic, or built to throw (a getter, a Proxy). Each reader gives back the typed value or
 * nothing, and never throws, so a notice renders its defaults instead of taking the page down with
 * it. A notice is shown when something has already gone wrong: it must be the last thing to break.
 */

export { asText } from './asText';

/** The value if it is a function. */
export const asCallback = <F extends (...args: never[]) => unknown>(value: unknown): F | undefined =>
  typeof value === 'function' ? (value as F) : undefined;

/**
 * What `fn(...args)` returns, or undefined when it is not a function or throws: for app functions called while
 * rendering.
 */
export function callSafely(fn: unknown, ...args: unknown[]): unknown {
  try {
    return typeof fn === 'function' ? fn(...args) : undefined;
  } catch {
    return undefined;
  }
}

/** `h1`…`h6` only: any other tag name would throw (`h[object Object]`) or make a heading that is not one. */
export const asHeadingLevel = (value: unknown): 1 | 2 | 3 | 4 | 5 | 6 =>
  typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 6 ? (value as 1) : 2;

/**
 * Something React can render: text, a number, an element, or a list of them. A plain object, a
 * symbol, a thenable or a cyclic list is dropped (React throws or suspends on them).
 */
export function asNode(value: unknown, seen: Set<unknown> = new Set()): React.ReactNode {
  try {
    if (value == null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
      return value;
    if (typeof value === 'bigint') return String(value);
    if (Array.isArray(value)) {
      if (seen.has(value)) return null;
      seen.add(value);
      return value.map((item) => asNode(item, seen));
    }
    if (React.isValidElement(value)) return value;
  } catch {
    // A Proxy or a throwing getter: nothing to show.
  }
  return null;
}

/** Per-slot class names: the own entries that are strings. */
export function asClassNames<Slot extends string>(value: unknown): Partial<Record<Slot, string>> {
  const names: Partial<Record<string, string>> = {};
  try {
    if (value && typeof value === 'object')
      for (const [slot, name] of Object.entries(value)) if (typeof name === 'string') names[slot] = name;
  } catch {
    // Keeps whatever was read before the throw.
  }
  return names;
}

/**
 * HTML attributes passed through to the root element: primitives, handlers for `on*` props, and a
 * style object copied entry by entry. React turns every attribute into a string as it renders, and
 * an object whose `toString` throws (or a Proxy) would throw there.
 */
export function asAttributes(rest: Record<string, unknown>): Record<string, unknown> {
  const attributes: Record<string, unknown> = {};
  for (const key of Object.keys(rest)) {
    const value = rest[key];
    if (
      value == null ||
      typeof value === 'string' ||
      typeof value === 'boolean' ||
      (typeof value === 'number' && !Number.isNaN(value))
    )
      attributes[key] = value;
    else if (typeof value === 'function' && /^on[A-Z]/.test(key)) attributes[key] = value;
    else if (key === 'style') {
      const style: Record<string, string | number> = {};
      try {
        for (const [property, setting] of Object.entries(value as object))
          if (typeof setting === 'string' || (typeof setting === 'number' && Number.isFinite(setting)))
            style[property] = setting;
      } catch {
        // Keeps whatever was read before the throw.
      }
      attributes.style = style;
    }
  }
  return attributes;
}
