import * as React from 'react';
import type { ApiError } from 'api-error-kit';
import { useApiErrorConfig } from './context';
import { cx } from './dom';
import { actionClass, Notice, noticeText, type NoticeProps } from './Notice';
import { SupportId } from './SupportId';
import { useApiError } from './useApiError';

export interface ServerErrorNoticeProps extends NoticeProps {
  error: unknown;
  /** Offers "Try again". */
  onRetry?: () => void;
  /** A support page for the support ID; only http(s) URLs become links. Defaults to the provider's. */
  supportHref?: (logId: string) => string;
  /**
   * Shows developer details (`FullException`, stack traces) in a disclosure. Defaults to the
   * provider's `debug`, which is off: end users never see them unless you turn this on.
   */
  debug?: boolean;
}

/** Whether to show an error's developer details: only in debug mode, and only when there are some. */
export function useDebug(error: ApiError | null, debug?: boolean): boolean {
  const config = useApiErrorConfig();
  return !!(debug ?? config.debug) && !!error?.details;
}

/** The developer-only details of an error, collapsed. */
export function DebugDetails({ error, unstyled }: { error: ApiError; unstyled?: boolean }) {
  const { messages } = useApiErrorConfig();
  return (
    <details className={cx(!unstyled && 'aek-details')}>
      <summary>{messages.technicalDetails}</summary>
      <pre>{error.details}</pre>
    </details>
  );
}

/**
 * A failure on the service's side (5xx), in plain words: no status number or jargon in the
 * title. Shows the support ID as selectable text with a Copy button, an optional support link, and
 * developer details only in debug mode.
 */
export const ServerErrorNotice = /* @__PURE__ */ React.forwardRef<HTMLElement, ServerErrorNoticeProps>(function ServerErrorNotice(
  { error, onRetry, supportHref, debug, title, description, unstyled, ...rest },
  ref,
) {
  const { messages } = useApiErrorConfig();
  const apiError = useApiError(error);
  const showDetails = useDebug(apiError, debug);
  if (!apiError) return null;
  const text = noticeText(messages, apiError, apiError.kind === 'unavailable' ? 'unavailable' : 'server');
  return (
    <Notice
      ref={ref}
      error={apiError}
      title={title ?? text.title}
      description={description ?? text.description}
      unstyled={unstyled}
      ownActions={
        onRetry && (
          <button type="button" className={actionClass(unstyled, true)} onClick={onRetry}>
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
