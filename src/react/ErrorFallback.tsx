import * as React from 'react';
import { useApiErrorConfig } from './context';
import { actionClass, Notice, noticeText, type NoticeProps } from './Notice';
import { DebugDetails, useDebug } from './ServerErrorNotice';
import { SupportId } from './SupportId';
import { useApiError } from './useApiError';

export interface ErrorFallbackProps extends NoticeProps {
  error: unknown;
  /** Offers "Try again". */
  onRetry?: () => void;
  /** react-error-boundary's reset, so this works as its `FallbackComponent`; used when `onRetry` is absent. */
  resetErrorBoundary?: (...args: unknown[]) => void;
  /** A support page for the support ID; only http(s) URLs become links. Defaults to the provider's. */
  supportHref?: (logId: string) => string;
  /** Shows developer details; defaults to the provider's `debug` (off). */
  debug?: boolean;
}

/**
 * The generic fallback: "Something went wrong" (or the plain title for the error's kind), a Try
 * again action, and the support ID when one is known. Fits react-error-boundary's `FallbackProps`.
 */
export const ErrorFallback = /* @__PURE__ */ React.forwardRef<HTMLElement, ErrorFallbackProps>(function ErrorFallback(
  { error, onRetry, resetErrorBoundary, supportHref, debug, title, description, unstyled, ...rest },
  ref,
) {
  const { messages } = useApiErrorConfig();
  const apiError = useApiError(error);
  const showDetails = useDebug(apiError, debug);
  if (!apiError) return null;
  const text = noticeText(messages, apiError);
  const retry = onRetry ?? (resetErrorBoundary && (() => resetErrorBoundary()));
  return (
    <Notice
      ref={ref}
      error={apiError}
      title={title ?? text.title}
      description={description ?? text.description}
      unstyled={unstyled}
      ownActions={
        retry && (
          <button type="button" className={actionClass(unstyled, true)} onClick={retry}>
            {messages.tryAgain}
          </button>
        )
      }
      {...rest}
    >
      {apiError.logId && <SupportId logId={apiError.logId} supportHref={supportHref} unstyled={unstyled} />}
      {showDetails && <DebugDetails error={apiError} unstyled={unstyled} />}
    </Notice>
  );
});
