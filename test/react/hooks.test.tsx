import * as React from 'react';
import { act, render, renderHook, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ErrorParser } from 'api-error-kit';
import {
  ApiErrorProvider,
  createManualClock,
  RateLimitNotice,
  useApiError,
  useRetryCountdown,
  type ManualClock,
  type RetryCountdown,
} from 'api-error-kit/react';
import { advance, announcements, renderWithKit, resetAnnouncer, response, seed } from './helpers';

beforeEach(resetAnnouncer);
afterEach(() => vi.useRealTimers());

const withClock =
  (clock: ManualClock, extra: Omit<React.ComponentProps<typeof ApiErrorProvider>, 'children'> = {}) =>
  ({ children }: { children: React.ReactNode }) => (
    <ApiErrorProvider clock={clock} {...extra}>
      {children}
    </ApiErrorProvider>
  );

describe('useApiError', () => {
  it('returns null for null and undefined', () => {
    const { result, rerender } = renderHook(({ error }) => useApiError(error), {
      initialProps: { error: null as unknown },
    });
    expect(result.current).toBeNull();
    rerender({ error: undefined });
    expect(result.current).toBeNull();
  });

  it('returns the same object for the same input on every render, and in every component', () => {
    const error = seed('500 ServerError (valid JSON)');
    const first = renderHook(() => useApiError(error));
    const model = first.result.current;
    expect(model).toMatchObject({ kind: 'server', logId: '63cb1df0-b82a-459e-accc-635e187f3b8b' });
    first.rerender();
    first.rerender();
    expect(first.result.current).toBe(model);
    expect(renderHook(() => useApiError(error)).result.current).toBe(model);
    // An ApiError passes through as itself.
    expect(renderHook(() => useApiError(model)).result.current).toBe(model);
  });

  it('gives a new model for a new input', () => {
    const { result, rerender } = renderHook(({ error }) => useApiError(error), {
      initialProps: { error: seed('404 not found') as unknown },
    });
    const first = result.current;
    rerender({ error: seed('404 not found') });
    expect(result.current).not.toBe(first);
    expect(result.current).toEqual(first);
  });

  it('honours the provider’s parsers', () => {
    const acme: ErrorParser = {
      name: 'acme',
      parse: (body) => {
        const fault = (body as { fault?: { reason: string; retryable: boolean } } | null)?.fault;
        return fault && { kind: 'conflict', message: fault.reason };
      },
    };
    const body = { fault: { reason: 'The invoice was changed by someone else.', retryable: false } };
    const parsers = [acme];
    const error = response(400, body);
    const { result } = renderHook(() => useApiError(error), { wrapper: withClock(createManualClock(), { parsers }) });
    expect(result.current).toMatchObject({
      kind: 'conflict',
      format: 'acme',
      message: 'The invoice was changed by someone else.',
    });
    // Without the provider the same body is read by the built-in parsers.
    expect(renderHook(() => useApiError(response(400, body))).result.current?.format).not.toBe('acme');
  });

  it('stamps retryAt from the provider’s clock when the error arrives', () => {
    const clock = createManualClock(1_000_000);
    const error = seed('429 with Retry-After');
    const { result, rerender } = renderHook(() => useApiError(error), { wrapper: withClock(clock) });
    expect(result.current?.retryAt).toBe(1_030_000);
    clock.advance(5000);
    rerender();
    expect(result.current?.retryAt).toBe(1_030_000);
  });
});

describe('useRetryCountdown', () => {
  it('is done with 0 seconds when there is no deadline, without any timer', () => {
    const clock = createManualClock();
    const { result } = renderHook(() => useRetryCountdown(undefined), { wrapper: withClock(clock) });
    expect(result.current).toEqual({ secondsLeft: 0, done: true });
    expect(clock.pending).toBe(0);
  });

  it('rounds up to whole seconds and reaches zero exactly at the deadline', () => {
    const clock = createManualClock(10_000);
    const { result } = renderHook(() => useRetryCountdown(12_500), { wrapper: withClock(clock) });
    expect(result.current).toEqual({ secondsLeft: 3, done: false });
    advance(clock, 500);
    expect(result.current.secondsLeft).toBe(2);
    advance(clock, 1999);
    expect(result.current).toEqual({ secondsLeft: 1, done: false });
    advance(clock, 1);
    expect(result.current).toEqual({ secondsLeft: 0, done: true });
    expect(clock.pending).toBe(0);
  });

  it('derives seconds from the deadline, so a late wake-up catches up instead of drifting', () => {
    const clock = createManualClock();
    const { result } = renderHook(() => useRetryCountdown(60_000), { wrapper: withClock(clock) });
    advance(clock, 17_300);
    expect(result.current.secondsLeft).toBe(43);
  });

  it('re-renders once per displayed second, however the clock moves', () => {
    const clock = createManualClock();
    let renders = 0;
    const { result } = renderHook(
      () => {
        renders++;
        return useRetryCountdown(10_000);
      },
      { wrapper: withClock(clock) },
    );
    const initial = renders;
    for (let step = 0; step < 100; step++) advance(clock, 100);
    expect(result.current.done).toBe(true);
    expect(renders - initial).toBe(10);
  });

  it('keeps the same result object while the second does not change', () => {
    const clock = createManualClock();
    const seen: RetryCountdown[] = [];
    const { rerender } = renderHook(() => seen.push(useRetryCountdown(5000)), { wrapper: withClock(clock) });
    rerender();
    expect(seen.at(-1)).toBe(seen.at(-2));
  });

  it('follows a new deadline', () => {
    const clock = createManualClock();
    const { result, rerender } = renderHook(({ at }) => useRetryCountdown(at), {
      wrapper: withClock(clock),
      initialProps: { at: 3000 },
    });
    advance(clock, 3000);
    expect(result.current.done).toBe(true);
    rerender({ at: 8000 });
    expect(result.current).toEqual({ secondsLeft: 5, done: false });
    advance(clock, 5000);
    expect(result.current.done).toBe(true);
  });
});

function Countdown({ at }: { at: number }) {
  const { secondsLeft } = useRetryCountdown(at);
  return <li>{secondsLeft}</li>;
}

describe('the shared ticker', () => {
  it('runs 100 countdowns on one pending timer', () => {
    const clock = createManualClock();
    const deadlines = Array.from({ length: 100 }, (_, index) => 5_000 + index * 250);
    render(
      <ApiErrorProvider clock={clock}>
        <ul>
          {deadlines.map((at) => (
            <Countdown key={at} at={at} />
          ))}
        </ul>
      </ApiErrorProvider>,
    );
    expect(clock.pending).toBe(1);
    advance(clock, 1000);
    expect(clock.pending).toBe(1);
    const items = screen.getAllByRole('listitem');
    expect(items[0]).toHaveTextContent('4');
    expect(items[99]).toHaveTextContent(String(Math.ceil((deadlines[99]! - 1000) / 1000)));
    advance(clock, 30_000);
    expect(items.every((item) => item.textContent === '0')).toBe(true);
    expect(clock.pending).toBe(0);
  });

  it('starts a countdown that joins mid-second from the current time, not the last tick', () => {
    const clock = createManualClock();
    const first = response(429, null, { 'Retry-After': '30' });
    const { rerender } = renderWithKit(<RateLimitNotice error={first} />, { clock });
    advance(clock, 500);
    rerender(
      <>
        <RateLimitNotice error={first} />
        <RateLimitNotice error={response(429, null, { 'Retry-After': '10' })} title="Second" />
      </>,
    );
    expect(screen.getByRole('region', { name: 'Second' })).toHaveTextContent('You can try again in 0:10');
    expect(announcements()).toEqual([
      'Too many requests. You can try again in 30 seconds.',
      'Second. You can try again in 10 seconds.',
    ]);
  });

  it('wakes only at whole seconds of the deadline, not more often', () => {
    const clock = createManualClock();
    const setTimeout = vi.spyOn(clock, 'setTimeout');
    render(
      <ApiErrorProvider clock={clock}>
        <Countdown at={3500} />
      </ApiErrorProvider>,
    );
    advance(clock, 3500);
    expect(screen.getByRole('listitem')).toHaveTextContent('0');
    expect(setTimeout.mock.calls.map(([, ms]) => ms)).toEqual([500, 1000, 1000, 1000]);
  });

  it('does not re-render the parent of the countdowns on a tick', () => {
    const clock = createManualClock();
    const parentRendered = vi.fn();
    function Parent() {
      parentRendered();
      return (
        <>
          <RateLimitNotice error={seed('429 with Retry-After')} />
          <ul>
            <Countdown at={10_000} />
            <Countdown at={20_000} />
          </ul>
        </>
      );
    }
    render(
      <ApiErrorProvider clock={clock}>
        <Parent />
      </ApiErrorProvider>,
    );
    const before = parentRendered.mock.calls.length;
    advance(clock, 5000);
    expect(screen.getByRole('timer')).toHaveTextContent('0:25');
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual(['5', '15']);
    expect(parentRendered).toHaveBeenCalledTimes(before);
  });

  it('leaves no timer on the manual clock after unmount', () => {
    const clock = createManualClock();
    const { unmount } = renderWithKit(
      <>
        <RateLimitNotice error={seed('429 with Retry-After')} />
        <Countdown at={90_000} />
      </>,
      { clock },
    );
    expect(clock.pending).toBe(1);
    unmount();
    expect(clock.pending).toBe(0);
  });

  it('leaves no timer with the default clock and fake timers after unmount', () => {
    vi.useFakeTimers();
    const { unmount } = render(
      <>
        <RateLimitNotice error={seed('429 with Retry-After')} announce={false} />
        <Countdown at={Date.now() + 42_000} />
      </>,
    );
    expect(screen.getByRole('timer')).toHaveTextContent('0:30');
    expect(vi.getTimerCount()).toBe(1);
    act(() => vi.advanceTimersByTime(3000));
    expect(screen.getByRole('timer')).toHaveTextContent('0:27');
    expect(vi.getTimerCount()).toBe(1);
    unmount();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('stops its timer when the last deadline passes, while still mounted', () => {
    vi.useFakeTimers();
    render(<Countdown at={Date.now() + 2000} />);
    act(() => vi.advanceTimersByTime(2000));
    expect(screen.getByRole('listitem')).toHaveTextContent('0');
    expect(vi.getTimerCount()).toBe(0);
  });
});
