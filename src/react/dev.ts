const warned = new Set<string>();

/**
 * Says once per page what a developer must set up for the person to get on. Call it under
 * `if (process.env.NODE_ENV !== 'production')`, as React and TanStack Query do, so that a production
 * build drops the call and its words.
 */
export function warnOnce(key: string, message: string): void {
  if (warned.has(key)) return;
  warned.add(key);
  console.warn(`api-error-kit: ${message}`);
}
