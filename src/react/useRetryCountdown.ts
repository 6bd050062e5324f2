import * as React from 'react';
import { useApiErrorConfig } from './context';
import { tickerFor } from './ticker';

export interface RetryCountdown {
  /** Whole seconds until `retryAt`, rounded up; 0 once it has passed or when there is no deadline. */
  secondsLeft: number;
  done: boolean;
}

export interface RetryCountdownOptions {
  /**
   * While hydrating server HTML: the seconds that HTML shows. The first client render shows the
   * same (the server counted from its own clock, which is a second or more behind by the time the
   * page hydrates; React warns and redraws when they differ), and the live count takes over right
   * after. `RateLimitNotice` finds it in its own server HTML.
   * @default counted from the clock
   */
  serverSecondsLeft?: number;
}

/**
 * Seconds left until an absolute deadline, from the one shared ticker: a component re-renders
 * only when the displayed second changes, timers stop after unmount, and time comes from the
 * provider's clock.
 */
export function useRetryCountdown(retryAt?: number, { serverSecondsLeft }: RetryCountdownOptions = {}): RetryCountdown {
  const { clock } = useApiErrorConfig();
  const ticker = tickerFor(clock);
  const secondsAt = (now: number) => (retryAt === undefined ? 0 : Math.max(0, Math.ceil((retryAt - now) / 1000)));
  const seconds = () => secondsAt(ticker.now());
  // Used on the server, and while hydrating.
  const serverSeconds = () => serverSecondsLeft ?? seconds();
  const subscribe = React.useCallback(
    (listener: () => void) => (retryAt === undefined ? () => {} : ticker.subscribe(retryAt, listener)),
    [ticker, retryAt],
  );
  const secondsLeft = React.useSyncExternalStore(subscribe, seconds, serverSeconds);
  return React.useMemo(() => ({ secondsLeft, done: secondsLeft === 0 }), [secondsLeft]);
}
