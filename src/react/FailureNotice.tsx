import * as React from 'react';
import type { ApiError, ApiErrorKind } from 'api-error-kit';
import { useApiErrorConfig } from './context';
import { Action, Notice } from './Notice';
import type { NoticeProps, NoticeSlot } from './noticeProps';
import { slotAttributes } from './slots';
import { SupportId } from './SupportId';
import { warnOnce } from './dev';
import { asCallback, asClassNames } from './untrusted';

/** What a notice about a failure can offer: a retry, support, and (in debug mode) developer details. */
export interface FailureProps {
  /** Offers "Try again". */
  onRetry?: () => void;
  /** A support page for the support ID; only http(s) URLs become links. Defaults to the provider's. */
  supportHref?: (logId: string) => string;
  /**
   * Shows developer details (`FullException`, stack traces) in a disclosure. End users never see them
   * unless you turn this on.
   * @default the provider's `debug` (false)
   */
  debug?: boolean;
}

interface FailureNoticeProps extends NoticeProps, FailureProps {
  error: ApiError;
  /** Whose catalog title and sentence to use. */
  kind: ApiErrorKind;
}

/**
 * The body `ServerErrorNotice` and `ErrorFallback` share: the plain title for the kind, the server's
 * sentence, Try again, the support ID with its Copy button, and collapsed developer details in
 * debug mode only.
 */
export const FailureNotice = /* @__PURE__ */ React.forwardRef<HTMLElement, FailureNoticeProps>(function FailureNotice(
  { error, kind, onRetry: onRetryProp, supportHref, debug, unstyled, classNames, ...rest },
  ref,
) {
  const onRetry = asCallback<() => void>(onRetryProp);
  const config = useApiErrorConfig();
  const { messages } = config;
  if (process.env.NODE_ENV !== 'production' && !onRetry && error.retryable)
    warnOnce(`${kind}-retry`, `a notice for a ${kind} error has no \`onRetry\`: the person cannot try again.`);
  return (
    <Notice
      ref={ref}
      error={error}
      kind={kind}
      unstyled={unstyled}
      classNames={classNames}
      ownActions={
        onRetry && (
          <Action unstyled={unstyled} primary onClick={onRetry}>
            {messages.tryAgain}
          </Action>
        )
      }
      {...rest}
    >
      {error.logId && <SupportId logId={error.logId} supportHref={supportHref} unstyled={unstyled} />}
      {(debug ?? config.debug) && error.details && (
        <details
          {...slotAttributes('aek-notice', unstyled, asClassNames<NoticeSlot>(classNames))('details', 'aek-details')}
        >
          <summary>{messages.technicalDetails}</summary>
          <pre>{error.details}</pre>
        </details>
      )}
    </Notice>
  );
});
