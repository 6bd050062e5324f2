import { renderToString } from 'react-dom/server';
import { hydrateRoot, type Root } from 'react-dom/client';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor } from 'storybook/test';
import { normalizeError } from 'api-error-kit';
import {
  ApiErrorProvider,
  createManualClock,
  ErrorFallback,
  ErrorSummary,
  FieldError,
  NotFoundNotice,
  OfflineNotice,
  PermissionNotice,
  RateLimitNotice,
  ServerErrorNotice,
  SupportId,
  type ManualClock,
} from 'api-error-kit/react';
import { START } from '../support/clock';
import { samples } from '../support/samples';

const signInHref = (returnTo: string) => `/login?returnTo=${encodeURIComponent(returnTo)}`;

// The model a server would serialise into the page for a rate limit it met at START.
const rateLimit = normalizeError(samples['429 Retry-After 42 s'], { now: START });

/** Every notice as a server-rendered page would hold it; `error` is what the client has when it hydrates. */
const page = (clock: ManualClock, error: (server: unknown) => unknown) => (
  <ApiErrorProvider clock={clock} signInHref={signInHref}>
    <RateLimitNotice error={error(rateLimit)} onRetry={() => {}} />
    <PermissionNotice error={samples['401 Sign in (Octopus)']} />
    <PermissionNotice
      error={samples['403 No access (Contensis)']}
      account="ada@example.com"
      onRequestAccess={() => {}}
    />
    <ServerErrorNotice
      error={samples['500 with support ID (Contensis)']}
      onRetry={() => {}}
      supportHref={(id) => `https://help.example.com/contact?ref=${id}`}
    />
    <NotFoundNotice />
    <OfflineNotice error={new TypeError('Failed to fetch')} onRetry={() => {}} />
    <ErrorFallback error={new Error('boom')} resetErrorBoundary={() => {}} />
    <SupportId logId="req-1a2b3c" />
    <ErrorSummary error={samples['Validation (422 problem+json)']} autoFocus={false} />
    <div className="demo-form">
      <label htmlFor="email">Email address</label>
      <FieldError error={samples['Validation (422 problem+json)']} name="email" />
      <input id="email" name="email" />
    </div>
  </ApiErrorProvider>
);

let root: Root | undefined;

const meta = {
  title: 'Guides/Server rendering',
  render: () => <div data-testid="server-html" />,
  parameters: {
    docs: {
      description: {
        component:
          'Every notice rendered to HTML as a server would (`renderToString`), then hydrated 1.5 s later by a client whose clock has moved on, with the rate limit handed over as serialised model. React reports no mismatch: the countdown hydrates with the seconds the server showed and counts live from there, and the sign-in link gets its return URL as it hydrates.',
      },
    },
  },
} satisfies Meta;
export default meta;
type Story = StoryObj<typeof meta>;

export const HydratedLater: Story = {
  beforeEach: () => () => {
    root?.unmount();
    root = undefined;
  },
  play: async ({ canvas }) => {
    // A node of its own: the story's root never renders into it.
    const container = canvas.getByTestId('server-html').appendChild(document.createElement('div'));
    container.innerHTML = renderToString(page(createManualClock(START), (model) => model));
    await expect(container.querySelector('[role=timer]')).toHaveTextContent('You can try again in 0:42');
    const complaints: unknown[] = [];
    const consoleError = console.error;
    console.error = (...args: unknown[]) => void complaints.push(args.map(String).join(' '));
    try {
      const clock = createManualClock(START + 1500);
      // As serialised into the page: a plain copy of the model.
      root = hydrateRoot(
        container,
        page(clock, (model) => JSON.parse(JSON.stringify(model))),
        { onRecoverableError: (error) => void complaints.push(error) },
      );
      // Live right after hydrating: 40.5 s left by the client's clock.
      await waitFor(() => expect(canvas.getByRole('timer')).toHaveTextContent('You can try again in 0:41'));
      await waitFor(() =>
        expect(canvas.getByRole('link', { name: 'Sign in' })).toHaveAttribute('href', signInHref(window.location.href)),
      );
    } finally {
      console.error = consoleError;
    }
    await expect(complaints).toEqual([]);
  },
};
