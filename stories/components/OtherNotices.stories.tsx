import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, waitFor } from 'storybook/test';
import { ErrorFallback, NotFoundNotice, OfflineNotice } from 'api-error-kit/react';
import { politeLog } from '../support/clock';
import { errorArgType, samples } from '../support/samples';

const meta = {
  title: 'Components/ErrorFallback',
  component: ErrorFallback,
  args: { error: samples['Thrown Error (a bug)'], onRetry: fn() },
  argTypes: { error: errorArgType },
  parameters: {
    docs: {
      description: {
        component:
          'The generic fallback ("Something went wrong", Try again, the support ID when known), and the not-found and offline notices.',
      },
    },
  },
} satisfies Meta<typeof ErrorFallback>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Generic: Story = {
  play: async ({ canvas, args, userEvent }) => {
    await expect(canvas.getByRole('region', { name: 'Something went wrong' })).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Try again' }));
    await expect(args.onRetry).toHaveBeenCalledOnce();
  },
};

export const WithSupportId: Story = {
  args: { error: { status: 418, headers: { 'x-request-id': 'req-1a2b3c' }, body: null } },
  play: async ({ canvas }) => {
    await expect(canvas.getByText('req-1a2b3c')).toBeVisible();
  },
};

/** As react-error-boundary's `FallbackComponent`: its `resetErrorBoundary` is the retry. */
export const AsBoundaryFallback: Story = {
  args: { onRetry: undefined, resetErrorBoundary: fn() },
  play: async ({ canvas, args, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Try again' }));
    await expect(args.resetErrorBoundary).toHaveBeenCalledOnce();
  },
};

export const NotFound: Story = {
  render: () => <NotFoundNotice />,
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('region', { name: 'Not found' })).toBeVisible();
    await expect(canvas.queryByText(/404/)).toBeNull();
  },
};

/** Route-level: a page that does not exist, with how to check the address. */
export const PageNotFound: Story = {
  render: () => <NotFoundNotice page />,
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('region', { name: 'Page not found' })).toBeVisible();
    await expect(canvas.getByText(/check it is correct/)).toBeVisible();
  },
};

export const NotFoundWithServerMessage: Story = {
  render: () => <NotFoundNotice error={samples['404 Not found']} />,
};

export const CouldNotConnect: Story = {
  render: (args) => <OfflineNotice error={samples['No response (offline)']} onRetry={args.onRetry} />,
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('region', { name: 'Could not reach the service' })).toBeVisible();
  },
};

/** Offline, then back online: the notice says so and "Back online" is announced. */
export const OfflineThenBackOnline: Story = {
  beforeEach: () => {
    let online = false;
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => online });
    (window as unknown as { goOnline: () => void }).goOnline = () => {
      online = true;
      window.dispatchEvent(new Event('online'));
    };
    return () => void delete (navigator as { onLine?: boolean }).onLine;
  },
  render: (args) => <OfflineNotice onRetry={args.onRetry} />,
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('region', { name: 'You are offline' })).toBeVisible();
    (window as unknown as { goOnline: () => void }).goOnline();
    await waitFor(() => expect(politeLog()).toHaveTextContent('Back online'));
    await waitFor(() => expect(canvas.queryByRole('region', { name: 'You are offline' })).toBeNull());
  },
};

export const DarkTheme: Story = { globals: { theme: 'dark' } };
export const French: Story = { globals: { locale: 'fr' } };
