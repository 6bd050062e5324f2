import { ErrorFallback } from './ErrorFallback';
import { ErrorSummary, type ErrorSummaryProps } from './ErrorSummary';
import type { NoticeProps } from './Notice';
import { NotFoundNotice } from './NotFoundNotice';
import { OfflineNotice } from './OfflineNotice';
import { PermissionNotice, type PermissionNoticeProps } from './PermissionNotice';
import { RateLimitNotice } from './RateLimitNotice';
import { ServerErrorNotice } from './ServerErrorNotice';
import { useApiError } from './useApiError';

export interface ApiErrorViewProps extends NoticeProps, Pick<PermissionNoticeProps, 'onSignIn' | 'signInHref' | 'onRequestAccess' | 'onSwitchAccount' | 'account'>, Pick<ErrorSummaryProps, 'fieldIds' | 'fieldLabels' | 'disableAutoFocus'> {
  /** Whatever failed. Nothing renders for null, undefined, or a request the app cancelled itself. */
  error: unknown;
  /** Offers "Try again" on the notices where trying again can help, and retries a rate limit when its wait is over. */
  onRetry?: () => void;
  /**
   * A rate limit retries by itself when its wait is over (announced, and cancellable).
   * @default true when `onRetry` is given
   */
  autoRetry?: boolean;
  /** Words for a page that does not exist, not for a thing a request did not find (route-level use). */
  page?: boolean;
  supportHref?: (logId: string) => string;
  debug?: boolean;
}

/**
 * The right notice for any failure, chosen by `kind`: field errors go to `ErrorSummary`,
 * 401/403 to `PermissionNotice`, 429 to `RateLimitNotice`, 5xx to `ServerErrorNotice`, 404 to
 * `NotFoundNotice`, no response to `OfflineNotice`, anything else to `ErrorFallback`. Actions
 * pass through to whichever notice renders.
 */
export function ApiErrorView({ error, fieldIds, fieldLabels, disableAutoFocus, onSignIn, signInHref, onRequestAccess, onSwitchAccount, account, onRetry, autoRetry, page, supportHref, debug, ...notice }: ApiErrorViewProps) {
  const apiError = useApiError(error);
  if (!apiError || apiError.kind === 'cancelled') return null;
  const { title, description, headingLevel, className, unstyled } = notice;
  switch (apiError.fieldErrors.length ? 'validation' : apiError.kind) {
    case 'validation':
      return <ErrorSummary error={apiError} {...{ fieldIds, fieldLabels, disableAutoFocus, title, description, headingLevel, className, unstyled }} />;
    case 'unauthenticated':
    case 'forbidden':
      return <PermissionNotice error={apiError} {...{ onSignIn, signInHref, onRequestAccess, onSwitchAccount, account, onRetry }} {...notice} />;
    case 'rate-limited':
      return <RateLimitNotice error={apiError} onRetry={onRetry} autoRetry={autoRetry} {...notice} />;
    case 'server':
    case 'unavailable':
      return <ServerErrorNotice error={apiError} {...{ onRetry, supportHref, debug }} {...notice} />;
    case 'not-found':
      return <NotFoundNotice error={apiError} page={page} {...notice} />;
    case 'network':
      return <OfflineNotice error={apiError} onRetry={onRetry} {...notice} />;
    default:
      return <ErrorFallback error={apiError} {...{ onRetry, supportHref, debug }} {...notice} />;
  }
}
