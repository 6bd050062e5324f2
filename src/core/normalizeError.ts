import { createNormalizer } from './createNormalizer';
import type { Normalizer } from './createNormalizer';
import { builtInClients } from './clients/index';
import { builtInFormats } from './formats/index';

/**
 * Turns anything an app catches into one `ApiError`: a response-like `{ status, headers, body }`,
 * `HttpError`, a fetch `Response` (status and headers only), axios, ky, ofetch and Apollo errors,
 * DOMExceptions, the `TypeError` of a failed fetch, a GraphQL result, an `Error`, a string, anything.
 * Reads every format and every client the kit knows; `createNormalizer` makes one that reads only yours.
 *
 * Never throws and never hangs: hostile input (cycles, throwing getters, Proxies, deep nesting,
 * huge strings) degrades to a generic message. An `ApiError` is returned as it is.
 */
export const normalizeError: Normalizer = /* @__PURE__ */ createNormalizer({
  formats: builtInFormats,
  clients: builtInClients,
});

/** The normalizer an app's options name, or `normalizeError` when they name none (or name what is not one). */
export const normalizerOf = (options?: { normalize?: unknown } | null): Normalizer =>
  typeof options?.normalize === 'function' ? (options.normalize as Normalizer) : normalizeError;
