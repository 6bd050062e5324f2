import type { Meta, StoryObj } from '@storybook/react-vite';
import {
  createMemoryHistory,
  createRootRoute,
  createRoute,
  createRouter,
  Outlet,
  RouterProvider,
  useLoaderData,
  useRouter,
  type ErrorComponentProps,
} from '@tanstack/react-router';
import { http } from 'msw';
import { useState } from 'react';
import { expect } from 'storybook/test';
import { HttpError } from 'api-error-kit';
import { ApiErrorView } from 'api-error-kit/react';
import { clockLoader, withManualClock } from '../support/clock';
import { answer, INVOICE_URL, rateLimitedThenRetry } from '../support/invoiceScenarios';

/** What the loader shows when the API answers. */
function Invoice() {
  const invoice = useLoaderData({ from: '/' });
  return <h2>Invoice {invoice.number}</h2>;
}

/** The route's `errorComponent`: what the loader threw, and Try again loads the route again. */
function LoadFailed({ error, reset }: ErrorComponentProps) {
  const router = useRouter();
  return (
    <ApiErrorView
      error={error}
      onRetry={() => {
        reset();
        void router.invalidate();
      }}
    />
  );
}

/** The README's loader: an answer that is not ok is thrown as an `HttpError`. */
function makeRouter() {
  const root = createRootRoute({ component: Outlet });
  const invoice = createRoute({
    getParentRoute: () => root,
    path: '/',
    loader: async () => {
      const response = await fetch(INVOICE_URL);
      if (!response.ok) throw await HttpError.fromResponse(response);
      return (await response.json()) as { number: string };
    },
    component: Invoice,
    errorComponent: LoadFailed,
  });
  return createRouter({ routeTree: root.addChildren([invoice]), history: createMemoryHistory() });
}

function InvoiceRoute() {
  const [router] = useState(makeRouter);
  return <RouterProvider router={router} />;
}

const meta = {
  title: 'Integrations/TanStack Router',
  component: InvoiceRoute,
  loaders: [clockLoader],
  decorators: [withManualClock],
  parameters: {
    docs: {
      description: {
        component:
          'A route whose loader throws `await HttpError.fromResponse(response)`; its `errorComponent` renders `ApiErrorView`, and Try again loads the route again (`reset()` and `router.invalidate()`). The answers are the client tests’ scenarios (`test/clients/scenarios.ts`), each copied from public material. Rendered on the server, add the serialization adapter in the README’s “TanStack Router and TanStack Start”.',
      },
    },
  },
} satisfies Meta<typeof InvoiceRoute>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Rack::Attack's 429 with `Retry-After: 60`: a countdown, then Try again loads the invoice. */
export const RateLimitedThenRetry: Story = { ...rateLimitedThenRetry };

/** nginx's 502 page: the service is unavailable, in plain words, never the page's markup. */
export const GatewayPage: Story = {
  beforeEach({ msw }) {
    msw.use(http.get(INVOICE_URL, () => answer('html-gateway')));
  },
  play: async ({ canvas, canvasElement }) => {
    await expect(await canvas.findByRole('region', { name: 'Sorry, the service is unavailable' })).toBeVisible();
    await expect(canvasElement).not.toHaveTextContent('nginx');
  },
};

/** S3's empty 404: the not-found notice from the status alone. */
export const NotFound: Story = {
  beforeEach({ msw }) {
    msw.use(http.get(INVOICE_URL, () => answer('empty-404')));
  },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('heading', { name: 'Not found' })).toBeVisible();
  },
};
