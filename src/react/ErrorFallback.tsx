import * as React from 'react';
import { FailureNotice, type FailureProps } from './FailureNotice';
import type { NoticeProps } from './noticeProps';
import { asCallback } from './untrusted';
import { useApiError } from './useApiError';

export interface ErrorFallbackProps extends NoticeProps, FailureProps {
  /** Whatever was thrown: an `ApiError`, a response, an `Error`, anything. Nothing renders for null or undefined. */
  error: unknown;
  /** react-error-boundary's reset, so this works as its `FallbackComponent`; used when `onRetry` is absent. */
  resetErrorBoundary?: (...args: unknown[]) => void;
}

/**
 * The generic fallback: "Something went wrong" (or the plain title for the error's kind), a Try
 * again action, and the support ID when one is known. Fits react-error-boundary's `FallbackProps`.
 */
export const ErrorFallback = /* @__PURE__ */ React.forwardRef<HTMLElement, ErrorFallbackProps>(function ErrorFallback(
  { error, onRetry, resetErrorBoundary, ...rest },
  ref,
) {
  const apiError = useApiError(error);
  if (!apiError) return null;
  return (
    <FailureNotice
      ref={ref}
      error={apiError}
      kind={apiError.kind}
      onRetry={
        asCallback(onRetry) ?? (typeof resetErrorBoundary === 'function' ? () => resetErrorBoundary() : undefined)
      }
      {...rest}
    />
  );
});
