import type { Meta, StoryObj } from '@storybook/react-vite';
import { onlineManager } from '@tanstack/react-query';
import { http, HttpResponse } from 'msw';
import { expect, fn, waitFor } from 'storybook/test';
import type { ManualClock } from 'api-error-kit/react';
import { clockLoader, politeLog, withManualClock } from '../support/clock';
import { BoundaryPanel, OfflineAwarePanel, ReportPanel, SignupForm } from '../support/QueryDemos';

const meta = {
  title: 'Integrations/TanStack Query',
  component: ReportPanel,
  loaders: [clockLoader],
  decorators: [withManualClock],
  parameters: {
    docs: {
      description: {
        component:
          'Real `fetch` through `useQuery` and `useMutation`, answered by Mock Service Worker. Failed responses become an `HttpError` (`HttpError.fromResponse`) and every notice reads it.',
      },
    },
  },
} satisfies Meta<typeof ReportPanel>;
export default meta;
type Story = StoryObj<typeof meta>;

const report = { title: 'Quarterly report', total: 1280 };

/** A 429 with Retry-After counts down, then Try again succeeds. */
export const RateLimitedThenRetry: Story = {
  beforeEach({ msw }) {
    let calls = 0;
    msw.use(
      http.get('/api/report', () =>
        ++calls === 1
          ? HttpResponse.json({ message: 'Rate limit exceeded' }, { status: 429, headers: { 'Retry-After': '3' } })
          : HttpResponse.json(report),
      ),
    );
  },
  play: async ({ canvas, loaded, userEvent }) => {
    const clock = loaded.clock as ManualClock;
    await expect(await canvas.findByRole('timer')).toHaveTextContent('You can try again in 0:03');
    clock.advance(3000);
    const retry = canvas.getByRole('button', { name: 'Try again' });
    await waitFor(() => expect(retry).not.toHaveAttribute('aria-disabled'));
    await userEvent.click(retry);
    await expect(await canvas.findByRole('heading', { name: 'Quarterly report' })).toBeVisible();
  },
};

/** A 401 offers Sign in; after signing in the report loads. */
export const SignInThenLoad: Story = {
  args: { onSignIn: fn() },
  beforeEach({ msw }) {
    msw.use(
      http.get('/api/report', ({ request }) =>
        request.headers.get('authorization')
          ? HttpResponse.json(report)
          : HttpResponse.json(
              { error: 'invalid_token', error_description: 'The access token expired' },
              { status: 401 },
            ),
      ),
    );
  },
  play: async ({ canvas, args, userEvent }) => {
    await expect(await canvas.findByRole('region', { name: 'Sign in to continue' })).toHaveTextContent(
      'The access token expired',
    );
    await userEvent.click(canvas.getByRole('button', { name: 'Sign in' }));
    await expect(args.onSignIn).toHaveBeenCalledOnce();
    await expect(await canvas.findByRole('heading', { name: 'Quarterly report' })).toBeVisible();
  },
};

/** A 500 with a request id: plain words and a support ID, no stack trace. */
export const ServerErrorWithSupportId: Story = {
  beforeEach({ msw }) {
    msw.use(
      http.get('/api/report', () =>
        HttpResponse.json(
          {
            ErrorMessage: 'There was a problem with your request.',
            FullException: 'System.NullReferenceException at ReportService.cs:112',
          },
          { status: 500, headers: { 'X-Request-Id': '7c1e3b9a-5f2d-4e8c-b6a1-0d9f8e7c6b5a' } },
        ),
      ),
    );
  },
  play: async ({ canvas, canvasElement }) => {
    await expect(
      await canvas.findByRole('region', { name: 'Sorry, there is a problem with the service' }),
    ).toBeVisible();
    await expect(canvas.getByText('7c1e3b9a-5f2d-4e8c-b6a1-0d9f8e7c6b5a')).toBeVisible();
    await expect(canvasElement).not.toHaveTextContent('NullReferenceException');
  },
};

/** react-hook-form: the 422's field errors land on the fields, and the summary lists them. */
export const FormWithServerErrors: Story = {
  render: () => <SignupForm />,
  beforeEach({ msw }) {
    msw.use(
      http.post('/api/signup', () =>
        HttpResponse.json(
          {
            type: 'https://example.com/problems/validation',
            title: 'Your request is not valid.',
            status: 422,
            errors: [
              { detail: 'Enter an email address in the correct format, like name@example.com', pointer: '#/email' },
              { detail: 'Password must be 12 characters or more', pointer: '#/password' },
            ],
          },
          { status: 422, headers: { 'content-type': 'application/problem+json' } },
        ),
      ),
    );
  },
  play: async ({ canvas, canvasElement, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Create account' }));
    const email = canvas.getByLabelText('Email address');
    await waitFor(() => expect(email).toHaveAttribute('aria-invalid', 'true'));
    await expect(email).toHaveAccessibleDescription(
      'Error: Enter an email address in the correct format, like name@example.com',
    );
    await waitFor(() => expect(canvasElement.querySelector('.aek-summary')).toHaveFocus());
    await userEvent.click(canvas.getByRole('link', { name: 'Password must be 12 characters or more' }));
    await expect(canvas.getByLabelText('Password')).toHaveFocus();
  },
};

/** Offline: the query waits, the notice says so; back online it loads and "Back online" is announced. */
export const OfflineThenBackOnline: Story = {
  render: () => <OfflineAwarePanel />,
  beforeEach({ msw }) {
    msw.use(http.get('/api/report', () => HttpResponse.json(report)));
    let online = false;
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => online });
    onlineManager.setOnline(false);
    (window as unknown as { goOnline: () => void }).goOnline = () => {
      online = true;
      onlineManager.setOnline(true);
      window.dispatchEvent(new Event('online'));
    };
    return () => {
      delete (navigator as { onLine?: boolean }).onLine;
      onlineManager.setOnline(true);
    };
  },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('region', { name: 'You are offline' })).toBeVisible();
    await expect(canvas.getByText('Waiting for the connection to load the report…')).toBeVisible();
    (window as unknown as { goOnline: () => void }).goOnline();
    await expect(await canvas.findByRole('heading', { name: 'Quarterly report' })).toBeVisible();
    await waitFor(() => expect(politeLog()).toHaveTextContent('Back online'));
  },
};

/** No answer while the device is online: "Could not reach the service", and Try again refetches. */
export const NetworkFailure: Story = {
  beforeEach({ msw }) {
    let calls = 0;
    msw.use(http.get('/api/report', () => (++calls === 1 ? HttpResponse.error() : HttpResponse.json(report))));
  },
  play: async ({ canvas, userEvent }) => {
    await expect(await canvas.findByRole('region', { name: 'Could not reach the service' })).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Try again' }));
    await expect(await canvas.findByRole('heading', { name: 'Quarterly report' })).toBeVisible();
  },
};

/** throwOnError sends the 503 to the boundary; Try again resets the query and the report loads. */
export const BoundaryWithTryAgain: Story = {
  render: () => <BoundaryPanel />,
  beforeEach({ msw }) {
    let calls = 0;
    msw.use(
      http.get('/api/report', () =>
        ++calls === 1 ? HttpResponse.json({ message: 'Upstream timeout' }, { status: 500 }) : HttpResponse.json(report),
      ),
    );
  },
  play: async ({ canvas, userEvent }) => {
    await expect(
      await canvas.findByRole('region', { name: 'Sorry, there is a problem with the service' }),
    ).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Try again' }));
    await expect(await canvas.findByRole('heading', { name: 'Quarterly report' })).toBeVisible();
  },
};
