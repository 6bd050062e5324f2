import { normalizeError, type ErrorParser, type Normalizer } from 'api-error-kit';

/** How errors are read in one place of the app: a normalizer, and the app's parsers it tries first. */
export interface Reading {
  readonly normalize: Normalizer;
  readonly parsers: readonly ErrorParser[];
}

const NO_PARSERS: readonly ErrorParser[] = [];

/**
 * The reading a provider or a helper's options set, with the defaults where they set none, or set what
 * is not one (a JavaScript caller's string): no React here, so the form adapters can share it.
 */
export function readingOf({ normalize, parsers }: { normalize?: unknown; parsers?: unknown }): Reading {
  return {
    normalize: typeof normalize === 'function' ? (normalize as Normalizer) : normalizeError,
    parsers: Array.isArray(parsers) ? parsers : NO_PARSERS,
  };
}
