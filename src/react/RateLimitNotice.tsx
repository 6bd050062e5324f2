import * as React from 'react';
import { announce } from './announcer';
import { useApiErrorConfig } from './context';
import { clockDuration, spokenDuration } from './duration';
import { Action, Notice, noticeText } from './Notice';
import { slotAttributes } from './slots';
import type { NoticeProps, NoticeSlot } from './noticeProps';
import { sameFailure } from './sameFailure';
import { useApiError } from './useApiError';
import { useRetryCountdown } from './useRetryCountdown';
import { warnOnce } from './dev';
import { asCallback, asClassNames } from './untrusted';

/**
 * The seconds the server's HTML shows in the timer with this id, while that HTML is being hydrated;
 * undefined on the server and for a notice that mounts on the client.
 */
function secondsInServerHtml(timerId: string): number | undefined {
  if (typeof document === 'undefined') return undefined;
  const shown = document.getElementById(timerId)?.getAttribute('data-seconds-left');
  return shown && /^\d+$/.test(shown) ? Number(shown) : undefined;
}

export interface RateLimitNoticeProps extends NoticeProps {
  /** The 429 (or any failure with a `retryAt`). Nothing renders for null or undefined. */
  error: unknown;
  /** Called by "Try again", which stays disabled until the wait is over. */
  onRetry?: () => void;
  /**
   * Retry by itself when the wait is over, as TanStack Query would have done silently. An automatic
   * retry is a time limit (WCAG 2.2.1), so it is announced and a visible button cancels it.
   * @default true when `onRetry` is given
   */
  autoRetry?: boolean;
}

/**
 * "You can try again in 0:42": a live countdown to `retryAt` from the one shared ticker. The timer
 * (`role="timer"`) is not read out every second: the wait is announced when the notice appears
 * and again when it is over. Without a known deadline it says so plainly and lets the person retry.
 */
export const RateLimitNotice = /* @__PURE__ */ React.forwardRef<HTMLElement, RateLimitNoticeProps>(
  function RateLimitNotice(
    { error, onRetry: onRetryProp, autoRetry = true, title, unstyled, announce: speak = true, ...rest },
    ref,
  ) {
    const onRetry = asCallback<() => void>(onRetryProp);
    const config = useApiErrorConfig();
    const { messages, locale } = config;
    const apiError = useApiError(error);
    const retryAt = apiError?.retryAt;
    const timerId = React.useId();
    // Read once, on the first render: when that render hydrates server HTML, it must show what that HTML shows.
    const [serverSecondsLeft] = React.useState(() => secondsInServerHtml(timerId));
    const { secondsLeft, done } = useRetryCountdown(retryAt, { serverSecondsLeft });
    const [cancelled, setCancelled] = React.useState(false);
    const automatic = Boolean(autoRetry) && !cancelled && onRetry !== undefined && retryAt !== undefined;
    const text = apiError && noticeText(messages, apiError, 'rate-limited', rest.serverText ?? config.serverText);
    const waiting = retryAt !== undefined && !done;

    // Announce each wait once when it starts (a retry may answer 429 again, on the same notice) and
    // once more when it is over; never the seconds in between. An automatic retry is announced before
    // it fires, even when the wait was over before the notice appeared (a tab woken from sleep, a slow
    // page): the content changes on its own, and a screen reader user must hear why.
    const seen = React.useRef<{ error: typeof apiError; waiting: boolean }>(undefined);
    React.useEffect(() => {
      if (!text || !speak) return;
      const last = seen.current;
      const duration = spokenDuration(secondsLeft, locale);
      const over = automatic ? messages.autoRetryNow : messages.retryNow;
      // A title that is an element cannot be spoken as a string (it would say "[object Object]").
      if (!last || !sameFailure(last.error, apiError))
        announce(
          `${typeof title === 'string' ? title : text.title}. ${retryAt === undefined ? messages.retryUnknown : waiting ? (automatic ? messages.autoRetryIn(duration) : messages.retryInSpoken(duration)) : over}`,
        );
      else if (last.waiting && !waiting) announce(over);
      seen.current = { error: apiError, waiting };
      // eslint-disable-next-line react-hooks/exhaustive-deps -- speaks when a wait starts or ends, not every second
    }, [apiError, waiting]);

    // Once per wait: a new onRetry on each render must not fire it again, a new 429 must.
    const fired = React.useRef<typeof apiError>(undefined);
    React.useEffect(() => {
      if (automatic && done && !sameFailure(fired.current, apiError)) {
        fired.current = apiError;
        onRetry?.();
      }
    }, [automatic, done, onRetry, apiError]);

    if (!apiError || !text) return null;
    if (process.env.NODE_ENV !== 'production' && !onRetry)
      warnOnce('rate-limited-retry', 'a RateLimitNotice has no `onRetry`: nothing tries again when the wait is over.');

    const cancel = (event: React.MouseEvent<HTMLElement>) => {
      // The Cancel button goes away; focus moves to Try again (just before it) instead of the page top.
      (event.currentTarget.previousElementSibling as HTMLElement | null)?.focus();
      setCancelled(true);
      announce(messages.autoRetryCancelled);
    };
    const retry = () => {
      if (!waiting) onRetry?.();
    };

    return (
      <Notice
        ref={ref}
        error={apiError}
        kind="rate-limited"
        title={title}
        unstyled={unstyled}
        announce={false}
        data-state={waiting ? 'waiting' : 'ready'}
        ownActions={
          onRetry && (
            <>
              <Action unstyled={unstyled} primary aria-disabled={waiting || undefined} onClick={retry}>
                {messages.tryAgain}
              </Action>
              {automatic && waiting && (
                <Action unstyled={unstyled} onClick={cancel}>
                  {messages.cancelAutoRetry}
                </Action>
              )}
            </>
          )
        }
        {...rest}
      >
        {retryAt === undefined ? (
          messages.retryUnknown
        ) : waiting ? (
          <span
            role="timer"
            aria-atomic="true"
            id={timerId}
            data-seconds-left={secondsLeft}
            {...slotAttributes('', unstyled, asClassNames<NoticeSlot>(rest.classNames))('timer', false)}
          >
            {messages.retryIn(clockDuration(secondsLeft, locale))}
          </span>
        ) : (
          messages.retryNow
        )}
      </Notice>
    );
  },
);
