export { retryPolicy } from './retryPolicy';
export { createThrowOnError, throwOnError } from './throwOnError';
export { ApiErrorBoundary } from './ApiErrorBoundary';
export { useQueryApiError } from './useQueryApiError';

export type { RetryPolicyOptions } from './retryPolicy';
export type { ApiErrorBoundaryProps, FallbackProps, ResetDetails } from './ApiErrorBoundary';
export type { QueryApiError, QueryLike } from './useQueryApiError';
