import * as React from 'react';
import { ErrorFallback } from './ErrorFallback';
import type { FailureProps } from './FailureNotice';
import { ErrorSummary, type ErrorSummaryProps } from './ErrorSummary';
import type { NoticeProps } from './noticeProps';
import { NotFoundNotice } from './NotFoundNotice';
import { OfflineNotice } from './OfflineNotice';
import { PermissionNotice, type PermissionNoticeProps } from './PermissionNotice';
import { RateLimitNotice } from './RateLimitNotice';
import { ServerErrorNotice } from './ServerErrorNotice';
import { useApiError } from './useApiError';

export interface ApiErrorViewProps
  extends
    NoticeProps,
    Pick<PermissionNoticeProps, 'onSignIn' | 'signInHref' | 'onRequestAccess' | 'onSwitchAccount' | 'account'>,
    Pick<ErrorSummaryProps, 'fieldIds' | 'fieldLabels'>,
    Omit<FailureProps, 'onRetry'> {
  /** Whatever failed. Nothing renders for null, undefined, or a request the app cancelled itself. */
  error: unknown;
  /**
   * Offers "Try again" on the notices where trying again can help, and retries a rate limit when its wait is over.
   * @default none (no Try again)
   */
  onRetry?: () => void;
  /**
   * A rate limit retries by itself when its wait is over (announced, and cancellable).
   * @default true when `onRetry` is given
   */
  autoRetry?: boolean;
  /**
   * Words for a page that does not exist, not for a thing a request did not find (route-level use).
   * @default false
   */
  page?: boolean;
}

/**
 * The right notice for any failure, chosen by `kind`: field errors go to `ErrorSummary`,
 * 401/403 to `PermissionNotice`, 429 to `RateLimitNotice`, 5xx to `ServerErrorNotice`, 404 to
 * `NotFoundNotice`, no response to `OfflineNotice`, anything else to `ErrorFallback`. Every prop,
 * and the ref, reaches whichever notice renders; each notice uses those it has.
 */
export const ApiErrorView = /* @__PURE__ */ React.forwardRef<HTMLElement, ApiErrorViewProps>(function ApiErrorView(
  {
    error,
    fieldIds,
    fieldLabels,
    onSignIn,
    signInHref,
    onRequestAccess,
    onSwitchAccount,
    account,
    onRetry,
    autoRetry,
    page,
    supportHref,
    debug,
    ...rest
  },
  ref,
) {
  const apiError = useApiError(error);
  if (!apiError || apiError.kind === 'cancelled') return null;
  const notice = { ref, error: apiError, ...rest };
  const kind = apiError.fieldErrors.length ? 'validation' : apiError.kind;
  switch (kind) {
    case 'validation':
      return <ErrorSummary {...notice} {...{ fieldIds, fieldLabels }} />;
    case 'unauthenticated':
    case 'forbidden':
      return (
        <PermissionNotice
          {...notice}
          {...{ onSignIn, signInHref, onRequestAccess, onSwitchAccount, account, onRetry }}
        />
      );
    case 'rate-limited':
      return <RateLimitNotice {...notice} {...{ onRetry, autoRetry }} />;
    case 'server':
    case 'unavailable':
      return <ServerErrorNotice {...notice} {...{ onRetry, supportHref, debug }} />;
    case 'not-found':
      return <NotFoundNotice {...notice} page={page} />;
    case 'network':
      return <OfflineNotice {...notice} onRetry={onRetry} />;
    case 'bad-request':
    case 'conflict':
    case 'timeout':
    case 'unknown':
      return <ErrorFallback {...notice} {...{ onRetry, supportHref, debug }} />;
    default: {
      // Every kind has its case: a kind added to the core without a notice fails to compile here.
      const _unhandled: never = kind;
      return _unhandled;
    }
  }
});
