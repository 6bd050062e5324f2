import * as React from 'react';
import { normalizeError, type ApiError } from 'api-error-kit';
import { announce } from './announcer';
import { useApiErrorConfig } from './context';
import { Action, Notice } from './Notice';
import type { NoticeProps } from './noticeProps';
import { useApiError } from './useApiError';
import { warnOnce } from './dev';
import { useOnline } from './useOnline';
import { asCallback, asNode } from './untrusted';

// Made on first use, so importing the kit does no work (and bundlers can drop what an app does not use).
let offline: ApiError | undefined;
const offlineError = () => (offline ??= normalizeError(new TypeError('Failed to fetch')));

export interface OfflineNoticeProps extends NoticeProps {
  /**
   * A failure with no response (`kind: 'network'`); without one the notice shows only while the device is offline.
   * @default none
   */
  error?: unknown;
  /** Offers "Try again" once the device is back online. */
  onRetry?: () => void;
}

/**
 * No response at all: "You are offline" while `navigator.onLine` says so; "Could not reach the
 * service" while it says the device is online (a refused connection, DNS, CORS, a server that is
 * down), since the person's connection is fine. Says "Back online" through the live region when the
 * connection returns. Renders nothing when online and there is no network failure.
 */
export const OfflineNotice = /* @__PURE__ */ React.forwardRef<HTMLElement, OfflineNoticeProps>(function OfflineNotice(
  { error, onRetry: onRetryProp, title, unstyled, ...rest },
  ref,
) {
  const onRetry = asCallback<() => void>(onRetryProp);
  const { messages } = useApiErrorConfig();
  const apiError = useApiError(error);
  const online = useOnline();
  const wasOnline = React.useRef(online);
  React.useEffect(() => {
    if (online && !wasOnline.current) announce(messages.backOnline);
    wasOnline.current = online;
  }, [online, messages.backOnline]);

  const model = apiError?.kind === 'network' ? apiError : online ? null : offlineError();
  if (!model) return null;
  if (process.env.NODE_ENV !== 'production' && online && !onRetry)
    warnOnce(
      'network-retry',
      'an OfflineNotice has no `onRetry`: the person cannot try again once the service answers.',
    );
  return (
    <Notice
      ref={ref}
      error={model}
      data-state={online ? 'online' : 'offline'}
      kind="network"
      text={online ? messages.unreachable : undefined}
      title={asNode(title) ?? (online ? undefined : messages.offline)}
      unstyled={unstyled}
      ownActions={
        onRetry &&
        online && (
          <Action unstyled={unstyled} primary onClick={onRetry}>
            {messages.tryAgain}
          </Action>
        )
      }
      {...rest}
    />
  );
});
