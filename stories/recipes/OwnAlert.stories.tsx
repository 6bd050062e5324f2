import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, waitFor } from 'storybook/test';
import type { ManualClock } from 'api-error-kit/react';
import { clockLoader, politeLog, withManualClock } from '../support/clock';
import { FailureAlert, FailureDialog } from '../support/OwnAlert';
import { samples } from '../support/samples';

const meta = {
  title: 'Recipes/Your own alert',
  component: FailureAlert,
  args: { error: samples['429 Retry-After 42 s'], onRetry: fn() },
  // A manual clock per story: the countdown moves only when the play function says.
  loaders: [clockLoader],
  decorators: [withManualClock],
  parameters: {
    controls: { disable: true },
    docs: {
      description: {
        component:
          "The kit's words in your design system's alert, with no kit component: `useApiError` gives the model (its `title`, `message`, `retryAt`, `retryable`), `toneOf(error)` from the core the tone (`critical`, `warning`, `info`: the notices' `data-tone`), `useRetryCountdown(retryAt)` the seconds left from the shared ticker, and `useApiErrorConfig().messages` the catalog's labels. The source is `stories/support/OwnAlert.tsx`.",
      },
    },
  },
} satisfies Meta<typeof FailureAlert>;
export default meta;
type Story = StoryObj<typeof meta>;

const clockOf = (loaded: Record<string, unknown>) => loaded.clock as ManualClock;

/** A rate limit in a plain alert: the warning tone, a countdown, and Try again once the wait is over. */
export const InAnAlert: Story = {
  play: async ({ canvas, loaded, args, userEvent }) => {
    const alert = await canvas.findByRole('region', { name: 'Too many requests' });
    await expect(alert).toHaveAttribute('data-tone', 'warning');
    await expect(alert).toHaveTextContent('Too many requests within the specified time slot.');
    await expect(canvas.getByRole('timer')).toHaveTextContent('You can try again in 0:42');
    await waitFor(() =>
      expect(politeLog()).toHaveTextContent('Too many requests. Too many requests within the specified time slot.'),
    );

    const retry = canvas.getByRole('button', { name: 'Try again' });
    await userEvent.click(retry);
    await expect(args.onRetry).not.toHaveBeenCalled();
    clockOf(loaded).advance(42_000);
    await waitFor(() => expect(canvas.getByText('You can try again now.')).toBeVisible());
    await expect(retry).not.toHaveAttribute('aria-disabled');
    await userEvent.click(retry);
    await expect(args.onRetry).toHaveBeenCalledOnce();
  },
};

/** One tone per kind, from the core: the same values the kit's notices carry in `data-tone`. */
export const Tones: Story = {
  render: (args) => (
    <>
      <FailureAlert error={samples['401 Sign in (Octopus)']} />
      <FailureAlert error={samples['429 Retry-After 42 s']} onRetry={args.onRetry} />
      <FailureAlert error={samples['500 with support ID (Contensis)']} onRetry={args.onRetry} />
    </>
  ),
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('region', { name: 'Sign in to continue' })).toHaveAttribute(
      'data-tone',
      'info',
    );
    await expect(canvas.getByRole('region', { name: 'Too many requests' })).toHaveAttribute('data-tone', 'warning');
    await expect(canvas.getByRole('region', { name: 'Sorry, there is a problem with the service' })).toHaveAttribute(
      'data-tone',
      'critical',
    );
  },
};

/** The same hooks in a native modal `<dialog>`: it opens with the failure, counts down, and closes with Close. */
export const InADialog: Story = {
  render: (args) => <FailureDialog {...args} />,
  play: async ({ canvas, loaded, args, userEvent }) => {
    const dialog = await canvas.findByRole('dialog', { name: 'Too many requests' });
    await waitFor(() => expect(dialog).toHaveAttribute('open'));
    await expect(dialog).toHaveAttribute('data-tone', 'warning');
    await expect(canvas.getByRole('timer')).toHaveTextContent('You can try again in 0:42');
    // A modal dialog takes focus: the browser moves it to the first button.
    const retry = canvas.getByRole('button', { name: 'Try again' });
    await waitFor(() => expect(retry).toHaveFocus());

    clockOf(loaded).advance(42_000);
    await waitFor(() => expect(retry).not.toHaveAttribute('aria-disabled'));
    await userEvent.click(retry);
    await expect(args.onRetry).toHaveBeenCalledOnce();

    await userEvent.click(canvas.getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(dialog).not.toHaveAttribute('open'));
  },
};
