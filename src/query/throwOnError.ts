import { normalizeError } from 'api-error-kit';

/**
 * For `useQuery`/`useMutation`'s `throwOnError`: sends only failures on the service's side
 * (`server`) and unknown failures to the nearest error boundary; validation, sign-in, permission,
 * not-found and rate-limit errors stay with the component, to be shown inline.
 */
export const throwOnError = (error: unknown): boolean => /^(?:server|unknown)$/.test(normalizeError(error).kind);
