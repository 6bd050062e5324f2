// Runs in Chromium (see react.ts). Production React, the kit from source; results go to window.__bench.
import * as React from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { normalizeError, type ApiFieldError } from 'api-error-kit';
import { ApiErrorProvider, createManualClock, ErrorSummary, useRetryCountdown, type Clock } from 'api-error-kit/react';

const ITEMS = 1000;
const ROUNDS = 41;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;

/** Milliseconds to render and commit `element` into a fresh root (effects included), then unmounts it. */
function mountTime(element: React.ReactElement): number {
  const container = document.body.appendChild(document.createElement('div'));
  const root = createRoot(container);
  const start = performance.now();
  flushSync(() => root.render(element));
  const elapsed = performance.now() - start;
  root.unmount();
  container.remove();
  return elapsed;
}

/** The baseline: what an app would write by hand for the same list. */
function HandWrittenList({ items }: { items: readonly ApiFieldError[] }) {
  return (
    <div>
      <h2>There is a problem</h2>
      <ul>
        {items.map((item, index) => (
          <li key={index}>
            <a href={`#${item.field}`}>{item.message}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}

function summaryVersusList() {
  const body = {
    message: 'The given data was invalid.',
    errors: Object.fromEntries(
      Array.from({ length: ITEMS }, (_, i) => [`items.${i}.name`, [`Enter a name for item ${i + 1}`]]),
    ),
  };
  const error = normalizeError({ status: 422, headers: {}, body });
  const summary = <ErrorSummary error={error} autoFocus={false} />;
  const list = <HandWrittenList items={error.fieldErrors} />;
  for (let i = 0; i < 5; i++) {
    mountTime(summary);
    mountTime(list);
  }
  const summaryMs: number[] = [];
  const listMs: number[] = [];
  const ratios: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    // Alternate the order, so whichever runs second never always gets the warmer caches.
    const [a, b] = round % 2 ? [mountTime(list), mountTime(summary)] : [mountTime(summary), mountTime(list)].reverse();
    listMs.push(a!);
    summaryMs.push(b!);
    ratios.push(b! / a!);
  }
  return {
    items: error.fieldErrors.length,
    summaryMs: median(summaryMs),
    listMs: median(listMs),
    ratio: median(ratios),
  };
}

async function countdowns() {
  const renders = { parent: 0, children: 0 };
  const clock = createManualClock(0);
  function Countdown({ retryAt }: { retryAt: number }) {
    const { secondsLeft } = useRetryCountdown(retryAt);
    // eslint-disable-next-line react-hooks/immutability -- counting renders is what this benchmark measures
    renders.children++;
    return <span>{secondsLeft}</span>;
  }
  function Page({ clock: pageClock, start }: { clock: Clock; start: number }) {
    // eslint-disable-next-line react-hooks/immutability -- counting renders is what this benchmark measures
    renders.parent++;
    return (
      <ApiErrorProvider clock={pageClock}>
        {Array.from({ length: 100 }, (_, i) => (
          // Deadlines spread over the second, as real responses arrive.
          <Countdown key={i} retryAt={start + 30_000 + i * 37} />
        ))}
      </ApiErrorProvider>
    );
  }
  const container = document.body.appendChild(document.createElement('div'));
  const root = createRoot(container);
  flushSync(() => root.render(<Page clock={clock} start={0} />));
  const timersAfterMount = clock.pending;
  const before = { ...renders };
  for (let second = 0; second < 10; second++) {
    clock.advance(1000);
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  const manual = {
    timersAfterMount,
    parentRendersPerTick: (renders.parent - before.parent) / 10,
    childRendersPerSecond: (renders.children - before.children) / 10,
  };
  root.unmount();

  // The same page on real time: count the timers the ticker keeps waiting at once.
  let waiting = 0;
  let mostWaiting = 0;
  const counting: Clock = {
    now: () => Date.now(),
    setTimeout: (callback, ms) => {
      mostWaiting = Math.max(mostWaiting, ++waiting);
      return setTimeout(() => (waiting--, callback()), ms);
    },
    clearTimeout: (handle) => (waiting--, clearTimeout(handle as number)),
  };
  const realRoot = createRoot(container);
  flushSync(() => realRoot.render(<Page clock={counting} start={Date.now()} />));
  await new Promise((resolve) => setTimeout(resolve, 2500));
  realRoot.unmount();
  container.remove();
  return { ...manual, mostTimersWaitingOnRealTime: mostWaiting, timersLeftAfterUnmount: waiting };
}

(async () => {
  try {
    (window as unknown as { __bench: unknown }).__bench = {
      summary: summaryVersusList(),
      countdowns: await countdowns(),
      react: React.version,
    };
  } catch (error) {
    (window as unknown as { __bench: unknown }).__bench = { error: String((error as Error)?.stack ?? error) };
  }
})();
