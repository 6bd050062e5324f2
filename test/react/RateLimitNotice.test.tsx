import * as React from 'react';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiErrorProvider, createManualClock, RateLimitNotice } from 'api-error-kit/react';
import { messagesFr } from 'api-error-kit/locales/fr';
import { advance, announcements, renderWithKit, resetAnnouncer, response, seed } from './helpers';

beforeEach(resetAnnouncer);

const tooMany = (retryAfter?: string) =>
  response(429, null, retryAfter === undefined ? {} : { 'Retry-After': retryAfter });
const tryAgain = () => screen.getByRole('button', { name: 'Try again' });

describe('RateLimitNotice countdown', () => {
  it('counts down to the deadline with the injected clock, then says the wait is over', () => {
    const { clock } = renderWithKit(<RateLimitNotice error={seed('429 with Retry-After')} />);
    const notice = screen.getByRole('region', { name: 'Too many requests' });
    expect(notice).toHaveTextContent('Too many requests within the specified time slot.');
    expect(screen.getByRole('timer')).toHaveTextContent(/^You can try again in 0:30$/);
    advance(clock, 1000);
    expect(screen.getByRole('timer')).toHaveTextContent(/^You can try again in 0:29$/);
    advance(clock, 999);
    expect(screen.getByRole('timer')).toHaveTextContent(/^You can try again in 0:29$/);
    advance(clock, 1);
    expect(screen.getByRole('timer')).toHaveTextContent(/^You can try again in 0:28$/);
    advance(clock, 27_000);
    expect(screen.getByRole('timer')).toHaveTextContent(/^You can try again in 0:01$/);
    advance(clock, 1000);
    expect(screen.queryByRole('timer')).toBeNull();
    expect(notice).toHaveTextContent('You can try again now.');
  });

  it('shows minutes and hours', () => {
    const { clock } = renderWithKit(<RateLimitNotice error={tooMany('3725')} />);
    expect(screen.getByRole('timer')).toHaveTextContent(/^You can try again in 1:02:05$/);
    advance(clock, 3000);
    expect(screen.getByRole('timer')).toHaveTextContent(/^You can try again in 1:02:02$/);
  });

  it('keeps Try again disabled (but focusable) until zero, ignoring clicks, then retries', async () => {
    const user = userEvent.setup();
    const onRetry = vi.fn();
    const { clock } = renderWithKit(
      <RateLimitNotice error={seed('429 with Retry-After')} onRetry={onRetry} autoRetry={false} />,
    );
    expect(tryAgain()).toHaveAttribute('aria-disabled', 'true');
    expect(tryAgain()).not.toBeDisabled();
    await user.click(tryAgain());
    advance(clock, 29_000);
    await user.click(tryAgain());
    expect(onRetry).not.toHaveBeenCalled();
    expect(tryAgain()).toHaveAttribute('aria-disabled', 'true');
    advance(clock, 1000);
    expect(tryAgain()).not.toHaveAttribute('aria-disabled');
    await user.click(tryAgain());
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it('announces the wait when it appears and when it is over, never the seconds between', () => {
    const { clock } = renderWithKit(<RateLimitNotice error={seed('429 with Retry-After')} />);
    expect(announcements()).toEqual(['Too many requests. You can try again in 30 seconds.']);
    for (let second = 0; second < 29; second++) advance(clock, 1000);
    expect(screen.getByRole('timer')).toHaveTextContent('0:01');
    expect(announcements()).toEqual(['Too many requests. You can try again in 30 seconds.']);
    advance(clock, 1000);
    expect(announcements()).toEqual(['Too many requests. You can try again in 30 seconds.', 'You can try again now.']);
    advance(clock, 60_000);
    expect(announcements()).toHaveLength(2);
  });

  it('says a long wait in words', () => {
    renderWithKit(<RateLimitNotice error={tooMany('90')} />);
    expect(announcements()).toEqual(['Too many requests. You can try again in 1 minute, 30 seconds.']);
  });

  it('announces a custom title, and the catalog title when the custom one is an element', () => {
    const { unmount } = renderWithKit(<RateLimitNotice error={tooMany('5')} title="Slow down" />);
    expect(announcements()).toEqual(['Slow down. You can try again in 5 seconds.']);
    unmount();
    resetAnnouncer();
    renderWithKit(
      <RateLimitNotice
        error={tooMany('5')}
        title={
          <>
            Slow <em>down</em>
          </>
        }
      />,
    );
    expect(screen.getByRole('region', { name: 'Slow down' })).toBeInTheDocument();
    expect(announcements()).toEqual(['Too many requests. You can try again in 5 seconds.']);
  });

  it('stays quiet with announce={false}', () => {
    const { clock } = renderWithKit(<RateLimitNotice error={tooMany('2')} announce={false} />);
    advance(clock, 2000);
    expect(screen.getByRole('region', { name: 'Too many requests' })).toHaveTextContent('You can try again now.');
    expect(announcements()).toEqual([]);
  });

  it('says so plainly and lets the person retry when the deadline is unknown', async () => {
    const onRetry = vi.fn();
    const { clock } = renderWithKit(<RateLimitNotice error={tooMany()} onRetry={onRetry} />);
    const notice = screen.getByRole('region', { name: 'Too many requests' });
    expect(notice).toHaveTextContent('Wait a moment, then try again.');
    expect(screen.queryByRole('timer')).toBeNull();
    expect(tryAgain()).not.toHaveAttribute('aria-disabled');
    expect(clock.pending).toBe(0);
    expect(announcements()).toEqual(['Too many requests. Wait a moment, then try again.']);
    await userEvent.setup().click(tryAgain());
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it('is ready at once when the deadline has already passed', () => {
    const clock = createManualClock();
    const error = tooMany('5');
    // The model is stamped when the error first arrives; the notice mounts after the wait.
    const { unmount } = renderWithKit(<RateLimitNotice error={error} />, { clock });
    unmount();
    clock.advance(10_000);
    resetAnnouncer();
    const onRetry = vi.fn();
    renderWithKit(<RateLimitNotice error={error} onRetry={onRetry} />, { clock });
    expect(tryAgain()).not.toHaveAttribute('aria-disabled');
    expect(screen.getByRole('region', { name: 'Too many requests' })).toHaveTextContent('You can try again now.');
    expect(clock.pending).toBe(0);
  });

  it('speaks and counts in the catalog’s language', () => {
    const { clock } = renderWithKit(<RateLimitNotice error={tooMany('90')} onRetry={vi.fn()} autoRetry={false} />, {
      messages: messagesFr,
      locale: 'fr',
    });
    expect(screen.getByRole('region', { name: 'Trop de demandes' })).toBeInTheDocument();
    expect(screen.getByRole('timer')).toHaveTextContent(/^Vous pourrez réessayer dans 1:30$/);
    // French puts a no-break space between a number and its unit.
    expect(announcements().map((line) => line.replace(/\s/g, ' '))).toEqual([
      'Trop de demandes. Vous pourrez réessayer dans 1 minute et 30 secondes.',
    ]);
    advance(clock, 90_000);
    expect(screen.getByRole('button', { name: 'Réessayer' })).not.toHaveAttribute('aria-disabled');
    expect(announcements()[1]).toBe('Vous pouvez réessayer maintenant.');
  });
});

describe('RateLimitNotice auto-retry', () => {
  it('is on by default with onRetry (TanStack Query would have retried silently); autoRetry={false} turns it off', () => {
    const onRetry = vi.fn();
    const { clock, unmount } = renderWithKit(<RateLimitNotice error={tooMany('3')} onRetry={onRetry} />);
    expect(screen.getByRole('button', { name: 'Cancel automatic retry' })).toBeInTheDocument();
    advance(clock, 3000);
    expect(onRetry).toHaveBeenCalledTimes(1);
    unmount();
    const manual = vi.fn();
    const off = renderWithKit(<RateLimitNotice error={tooMany('3')} onRetry={manual} autoRetry={false} />);
    expect(screen.queryByRole('button', { name: 'Cancel automatic retry' })).toBeNull();
    advance(off.clock, 10_000);
    expect(manual).not.toHaveBeenCalled();
  });

  it('when on, is announced, offers Cancel, and fires once at zero', () => {
    const onRetry = vi.fn();
    const { clock } = renderWithKit(
      <RateLimitNotice error={seed('429 with Retry-After')} onRetry={onRetry} autoRetry />,
    );
    expect(announcements()).toEqual(['Too many requests. Trying again automatically in 30 seconds.']);
    expect(screen.getByRole('button', { name: 'Cancel automatic retry' })).toBeInTheDocument();
    advance(clock, 29_999);
    expect(onRetry).not.toHaveBeenCalled();
    advance(clock, 1);
    expect(onRetry).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('button', { name: 'Cancel automatic retry' })).toBeNull();
    advance(clock, 60_000);
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it('does not fire twice when the parent passes a new onRetry on every render', () => {
    const calls = vi.fn();
    const clock = createManualClock();
    const error = tooMany('2');
    const { rerender } = renderWithKit(<RateLimitNotice error={error} onRetry={() => calls()} autoRetry />, { clock });
    advance(clock, 2000);
    rerender(<RateLimitNotice error={error} onRetry={() => calls()} autoRetry />);
    rerender(<RateLimitNotice error={error} onRetry={() => calls()} autoRetry />);
    expect(calls).toHaveBeenCalledTimes(1);
  });

  it('can be cancelled: announced, no retry at zero, manual retry still works', async () => {
    const user = userEvent.setup();
    const onRetry = vi.fn();
    const { clock } = renderWithKit(
      <RateLimitNotice error={seed('429 with Retry-After')} onRetry={onRetry} autoRetry />,
    );
    await user.click(screen.getByRole('button', { name: 'Cancel automatic retry' }));
    expect(announcements()).toContain('Automatic retry cancelled.');
    expect(screen.queryByRole('button', { name: 'Cancel automatic retry' })).toBeNull();
    // The button that had focus is gone; focus is not dropped to the top of the page.
    expect(tryAgain()).toHaveFocus();
    advance(clock, 30_000);
    expect(onRetry).not.toHaveBeenCalled();
    await user.click(tryAgain());
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it('announces the retry when the wait was over before the notice appeared, then fires it once', () => {
    const clock = createManualClock();
    // Stamped when the 429 arrived; the notice mounts 10 s later (a tab woken from sleep), after the 5 s wait.
    const error = tooMany('5');
    renderWithKit(<RateLimitNotice error={error} />, { clock }).unmount();
    clock.advance(10_000);
    resetAnnouncer();
    const onRetry = vi.fn();
    renderWithKit(<RateLimitNotice error={error} onRetry={onRetry} autoRetry />, { clock });
    expect(announcements()).toEqual(['Too many requests. Trying again now.']);
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it('announces the retry as it fires at the end of the wait', () => {
    const onRetry = vi.fn();
    const { clock } = renderWithKit(<RateLimitNotice error={tooMany('2')} onRetry={onRetry} autoRetry />);
    advance(clock, 2000);
    expect(announcements()).toEqual([
      'Too many requests. Trying again automatically in 2 seconds.',
      'Trying again now.',
    ]);
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it('does nothing by itself without a known deadline', () => {
    const onRetry = vi.fn();
    const { clock } = renderWithKit(<RateLimitNotice error={tooMany()} onRetry={onRetry} autoRetry />);
    expect(screen.queryByRole('button', { name: 'Cancel automatic retry' })).toBeNull();
    advance(clock, 60_000);
    expect(onRetry).not.toHaveBeenCalled();
  });
});

describe('RateLimitNotice with a new error on the same notice (retry answered 429 again)', () => {
  it('announces the new wait and counts down from it', () => {
    const clock = createManualClock();
    const { rerender } = renderWithKit(<RateLimitNotice error={tooMany('2')} onRetry={vi.fn()} autoRetry={false} />, {
      clock,
    });
    advance(clock, 2000);
    expect(announcements()).toEqual(['Too many requests. You can try again in 2 seconds.', 'You can try again now.']);
    rerender(<RateLimitNotice error={tooMany('10')} onRetry={vi.fn()} autoRetry={false} />);
    expect(screen.getByRole('timer')).toHaveTextContent(/^You can try again in 0:10$/);
    expect(tryAgain()).toHaveAttribute('aria-disabled', 'true');
    expect(announcements()).toEqual([
      'Too many requests. You can try again in 2 seconds.',
      'You can try again now.',
      'Too many requests. You can try again in 10 seconds.',
    ]);
    advance(clock, 10_000);
    expect(announcements()).toHaveLength(4);
    expect(announcements()[3]).toBe('You can try again now.');
  });

  it('auto-retries again after the new wait', () => {
    const clock = createManualClock();
    const onRetry = vi.fn();
    const { rerender } = renderWithKit(<RateLimitNotice error={tooMany('2')} onRetry={onRetry} autoRetry />, { clock });
    advance(clock, 2000);
    expect(onRetry).toHaveBeenCalledTimes(1);
    rerender(<RateLimitNotice error={tooMany('5')} onRetry={onRetry} autoRetry />);
    expect(screen.getByRole('button', { name: 'Cancel automatic retry' })).toBeInTheDocument();
    advance(clock, 5000);
    expect(onRetry).toHaveBeenCalledTimes(2);
  });
});

describe('RateLimitNotice while the page is hidden', () => {
  const setVisibility = (state: DocumentVisibilityState) => {
    Object.defineProperty(document, 'visibilityState', { value: state, configurable: true });
    act(() => void document.dispatchEvent(new Event('visibilitychange')));
  };
  afterEach(() => {
    delete (document as { visibilityState?: unknown }).visibilityState;
  });

  it('stops ticking while hidden and catches up on return', () => {
    const { clock } = renderWithKit(<RateLimitNotice error={seed('429 with Retry-After')} />);
    advance(clock, 5000);
    expect(screen.getByRole('timer')).toHaveTextContent('0:25');
    setVisibility('hidden');
    expect(clock.pending).toBe(0);
    clock.advance(12_000);
    setVisibility('visible');
    expect(screen.getByRole('timer')).toHaveTextContent(/^You can try again in 0:13$/);
    expect(clock.pending).toBe(1);
    advance(clock, 13_000);
    expect(screen.queryByRole('timer')).toBeNull();
  });
});

describe('RateLimitNotice in StrictMode', () => {
  it('announces the start once and still counts down', () => {
    const clock = createManualClock();
    render(
      <React.StrictMode>
        <ApiErrorProvider clock={clock}>
          <RateLimitNotice error={seed('429 with Retry-After')} onRetry={() => {}} autoRetry={false} />
        </ApiErrorProvider>
      </React.StrictMode>,
    );
    expect(announcements()).toEqual(['Too many requests. You can try again in 30 seconds.']);
    advance(clock, 1000);
    expect(screen.getByRole('timer')).toHaveTextContent('0:29');
    advance(clock, 29_000);
    expect(announcements()).toEqual(['Too many requests. You can try again in 30 seconds.', 'You can try again now.']);
    expect(within(screen.getByRole('region')).getByRole('button', { name: 'Try again' })).not.toHaveAttribute(
      'aria-disabled',
    );
  });
});
