/**
 * A string, or a finite number as one; anything else is no text. Its own module, free of React, so
 * that the pure helpers using it (`fieldResolver`, the form adapters) build into files without
 * `'use client'` and stay callable from a server component or a server action.
 */
export const asText = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : typeof value === 'number' && Number.isFinite(value) ? String(value) : undefined;
