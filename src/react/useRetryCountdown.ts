import * as React from 'react';
import { useApiErrorConfig } from './context';
import { tickerFor } from './ticker';

export interface RetryCountdown {
  /** Whole seconds until `retryAt`, rounded up; 0 once it has passed or when there is no deadline. */
  secondsLeft: number;
  done: boolean;
}

/**
 * Seconds left until an absolute deadline, from the one shared ticker: a component re-renders
 * only when the displayed second changes, timers stop after unmount, and time comes from the
 * provider's clock.
 */
export function useRetryCountdown(retryAt?: number): RetryCountdown {
  const { clock } = useApiErrorConfig();
  const ticker = tickerFor(clock);
  const seconds = () => (retryAt === undefined ? 0 : Math.max(0, Math.ceil((retryAt - ticker.now()) / 1000)));
  const subscribe = React.useCallback(
    (listener: () => void) => (retryAt === undefined ? () => {} : ticker.subscribe(retryAt, listener)),
    [ticker, retryAt],
  );
  const secondsLeft = React.useSyncExternalStore(subscribe, seconds, seconds);
  return React.useMemo(() => ({ secondsLeft, done: secondsLeft === 0 }), [secondsLeft]);
}
