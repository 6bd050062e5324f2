import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, waitFor } from 'storybook/test';
import { RateLimitNotice, type ManualClock } from 'api-error-kit/react';
import { clockLoader, politeLog, withManualClock } from '../support/clock';
import { errorArgType, samples } from '../support/samples';

const meta = {
  title: 'Components/RateLimitNotice',
  component: RateLimitNotice,
  args: { error: samples['429 Retry-After 42 s'], onRetry: fn() },
  argTypes: { error: errorArgType },
  // Each story gets its own manual clock, so the countdown moves only when the play function says.
  loaders: [clockLoader],
  decorators: [withManualClock],
  parameters: {
    docs: {
      description: {
        component:
          '"You can try again in 0:42": a live countdown to `retryAt`, announced when it appears and when it ends, never every second. Try again stays disabled until then. Stories here run on a manual clock; in an app the shared ticker drives it.',
      },
    },
  },
} satisfies Meta<typeof RateLimitNotice>;
export default meta;
type Story = StoryObj<typeof meta>;

const clockOf = (loaded: Record<string, unknown>) => loaded.clock as ManualClock;

export const CountingDown: Story = {
  play: async ({ canvas, loaded, args, userEvent }) => {
    const clock = clockOf(loaded);
    await expect(canvas.getByRole('timer')).toHaveTextContent('You can try again in 0:42');
    const retry = canvas.getByRole('button', { name: 'Try again' });
    await expect(retry).toHaveAttribute('aria-disabled', 'true');
    await userEvent.click(retry);
    await expect(args.onRetry).not.toHaveBeenCalled();
    clock.advance(2000);
    await waitFor(() => expect(canvas.getByRole('timer')).toHaveTextContent('You can try again in 0:40'));
  },
};

/**
 * Without automatic retry, under a controlled clock the countdown reaches zero, is announced, and enables Try again.
 */
export const ReachesZero: Story = {
  args: { autoRetry: false },
  play: async ({ canvas, loaded, args, userEvent }) => {
    const clock = clockOf(loaded);
    await waitFor(() => expect(politeLog()).toHaveTextContent('You can try again in 42 seconds.'));
    clock.advance(41_000);
    await waitFor(() => expect(canvas.getByRole('timer')).toHaveTextContent('0:01'));
    // The seconds in between are never announced.
    await expect(politeLog()).not.toHaveTextContent('41 seconds');
    clock.advance(1000);
    await waitFor(() => expect(canvas.getByText('You can try again now.')).toBeVisible());
    await waitFor(() => expect(politeLog()).toHaveTextContent('You can try again now.'));
    const retry = canvas.getByRole('button', { name: 'Try again' });
    await expect(retry).not.toHaveAttribute('aria-disabled');
    await userEvent.click(retry);
    await expect(args.onRetry).toHaveBeenCalledOnce();
  },
};

export const Finished: Story = {
  args: { error: { status: 429, headers: { 'retry-after': '0' }, body: null } },
  play: async ({ canvas }) => {
    await expect(canvas.getByText('You can try again now.')).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Try again' })).not.toHaveAttribute('aria-disabled');
  },
};

/** The default with `onRetry`: announced, cancellable, and fires once at zero, as TanStack Query would have retried. */
export const AutoRetry: Story = {
  play: async ({ canvas, loaded, args, userEvent }) => {
    const clock = clockOf(loaded);
    await waitFor(() => expect(politeLog()).toHaveTextContent('Trying again automatically in 42 seconds.'));
    await expect(canvas.getByRole('button', { name: 'Cancel automatic retry' })).toBeVisible();
    clock.advance(42_000);
    await waitFor(() => expect(args.onRetry).toHaveBeenCalledOnce());
    await userEvent.click(canvas.getByRole('button', { name: 'Try again' }));
    await expect(args.onRetry).toHaveBeenCalledTimes(2);
  },
};

/**
 * The wait was over before the notice appeared (a tab woken from sleep): the retry is announced as it fires, never
 * silent.
 */
export const AutoRetryAfterTheDeadline: Story = {
  args: { error: { status: 429, headers: { 'retry-after': '0' }, body: null } },
  play: async ({ args }) => {
    await waitFor(() => expect(politeLog()).toHaveTextContent('Too many requests. Trying again now.'));
    await waitFor(() => expect(args.onRetry).toHaveBeenCalledOnce());
  },
};

export const AutoRetryCancelled: Story = {
  args: { autoRetry: true },
  play: async ({ canvas, loaded, args, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Cancel automatic retry' }));
    await waitFor(() => expect(politeLog()).toHaveTextContent('Automatic retry cancelled.'));
    clockOf(loaded).advance(42_000);
    await waitFor(() => expect(canvas.getByText('You can try again now.')).toBeVisible());
    await expect(args.onRetry).not.toHaveBeenCalled();
  },
};

export const UnknownDeadline: Story = {
  args: { error: samples['429 without a deadline'] },
  play: async ({ canvas, args, userEvent }) => {
    await expect(canvas.getByText('Wait a moment, then try again.')).toBeVisible();
    await expect(canvas.queryByRole('timer')).toBeNull();
    await userEvent.click(canvas.getByRole('button', { name: 'Try again' }));
    await expect(args.onRetry).toHaveBeenCalledOnce();
  },
};

export const LongWait: Story = {
  args: {
    error: {
      status: 429,
      headers: { 'retry-after': '3725' },
      body: { message: 'Daily quota exhausted for this API key.' },
    },
  },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('timer')).toHaveTextContent('You can try again in 1:02:05');
  },
};

export const DarkTheme: Story = { globals: { theme: 'dark' } };

export const French: Story = {
  globals: { locale: 'fr' },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('timer')).toHaveTextContent('Vous pourrez réessayer dans 0:42');
  },
};

/**
 * German (`messagesDe`, `locale="de"`): the wait is spoken with `Intl.DurationFormat`, which Chromium
 * has (Node 20 does not: the unit tests cover the fallback), in German plural forms.
 */
export const German: Story = {
  globals: { locale: 'de' },
  args: { error: { status: 429, headers: { 'retry-after': '61' }, body: null }, autoRetry: false },
  play: async ({ canvas }) => {
    await expect(typeof (Intl as { DurationFormat?: unknown }).DurationFormat).toBe('function');
    await expect(canvas.getByRole('heading', { name: 'Zu viele Anfragen' })).toBeVisible();
    await expect(canvas.getByRole('timer')).toHaveTextContent('Sie können es in 1:01 erneut versuchen');
    await waitFor(() =>
      expect(politeLog()).toHaveTextContent(
        'Zu viele Anfragen. Sie können es in 1 Minute, 1 Sekunde erneut versuchen.',
      ),
    );
    await expect(canvas.getByRole('button', { name: 'Erneut versuchen' })).toHaveAttribute('aria-disabled', 'true');
  },
};
