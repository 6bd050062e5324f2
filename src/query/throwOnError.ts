import { normalizeError } from 'api-error-kit';

/**
 * For `useQuery`/`useMutation`'s `throwOnError`: sends only failures on the service's side (5xx:
 * `server` and `unavailable`) and unknown failures to the nearest error boundary; 4xx (validation,
 * sign-in, permission, not-found, rate-limit) and connection errors stay with the component, to be
 * shown inline where the person can act on them.
 */
export const throwOnError = (error: unknown): boolean => /^(?:server|unavailable|unknown)$/.test(normalizeError(error).kind);
