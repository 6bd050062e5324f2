import { KIND_TRAITS, normalizeError, type Normalizer } from 'api-error-kit';

/**
 * A `throwOnError` that reads errors with your normalizer (the `createNormalizer` the provider has), so
 * a format only it reads decides what reaches the boundary as it decides the notice.
 *
 * @example useQuery({ queryKey, queryFn, throwOnError: createThrowOnError(normalize) })
 */
export function createThrowOnError(normalize: Normalizer): (error: unknown) => boolean {
  const read = typeof normalize === 'function' ? normalize : normalizeError;
  return (error) => KIND_TRAITS[read(error).kind].toBoundary;
}

/**
 * For `useQuery`/`useMutation`'s `throwOnError`: sends only failures on the service's side (5xx:
 * `server` and `unavailable`) and unknown failures to the nearest error boundary; 4xx (validation,
 * sign-in, permission, not-found, rate-limit) and connection errors stay with the component, to be
 * shown inline where the person can act on them. The kinds are `KIND_TRAITS[kind].toBoundary`.
 */
export const throwOnError: (error: unknown) => boolean = /* @__PURE__ */ createThrowOnError(normalizeError);
