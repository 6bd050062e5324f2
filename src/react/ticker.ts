import type { Clock } from './clock';

type Listener = () => void;

/**
 * One timer for every countdown on the page. Each subscriber names an absolute deadline; the
 * ticker sleeps until the nearest whole second of any deadline, reads the clock, and wakes the
 * subscribers. Seconds are derived from the deadline, never counted, so nothing drifts. It stops
 * when no deadline is pending and while the page is hidden, and catches up when the page returns.
 */
export interface Ticker {
  /**
   * The clock's time. Not frozen at the last tick: a countdown that joins between ticks must
   * start from its full wait, and no displayed second can change between ticks anyway.
   */
  now(): number;
  subscribe(deadline: number, listener: Listener): () => void;
}

export function createTicker(clock: Clock): Ticker {
  const subscribers = new Map<Listener, number>();
  let handle: unknown;

  const hidden = () => typeof document !== 'undefined' && document.visibilityState === 'hidden';

  function schedule() {
    if (handle !== undefined) clock.clearTimeout(handle);
    handle = undefined;
    const now = clock.now();
    let wait = Infinity;
    for (const deadline of subscribers.values()) {
      const left = deadline - now;
      if (left > 0) wait = Math.min(wait, left % 1000 || 1000);
    }
    if (wait < Infinity && !hidden()) handle = clock.setTimeout(tick, wait);
  }

  function tick() {
    handle = undefined;
    for (const listener of [...subscribers.keys()]) listener();
    schedule();
  }

  const onVisibility = () => (hidden() ? schedule() : tick());

  return {
    now: () => clock.now(),
    subscribe(deadline, listener) {
      if (!subscribers.size && typeof document !== 'undefined')
        document.addEventListener('visibilitychange', onVisibility);
      subscribers.set(listener, deadline);
      schedule();
      return () => {
        subscribers.delete(listener);
        if (!subscribers.size && typeof document !== 'undefined')
          document.removeEventListener('visibilitychange', onVisibility);
        schedule();
      };
    },
  };
}

const tickers = new WeakMap<Clock, Ticker>();

/** The one ticker for a clock. */
export function tickerFor(clock: Clock): Ticker {
  let ticker = tickers.get(clock);
  if (!ticker) tickers.set(clock, (ticker = createTicker(clock)));
  return ticker;
}
