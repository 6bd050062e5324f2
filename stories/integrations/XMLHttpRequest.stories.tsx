import type { Meta, StoryObj } from '@storybook/react-vite';
import $ from 'jquery';
import { delay, http, HttpResponse } from 'msw';
import { useEffect, useState } from 'react';
import { expect } from 'storybook/test';
import { ApiErrorView } from 'api-error-kit/react';
import { clockLoader, withManualClock } from '../support/clock';
import { answer, INVOICE_URL, rateLimitedThenRetry } from '../support/invoiceScenarios';

type Load = (url: string) => Promise<{ number: string }>;

/**
 * The request as code that wraps it writes it: a 2xx resolves its JSON, any other status rejects with the request
 * itself, and a failure without a response with the `ProgressEvent` its listener is handed.
 */
const withXMLHttpRequest: Load = (url) =>
  new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('GET', url);
    request.timeout = 2_000;
    request.onload = () =>
      request.status >= 200 && request.status < 300 ? resolve(JSON.parse(request.responseText)) : reject(request);
    request.onerror = request.ontimeout = request.onabort = reject;
    request.send();
  });

/** jQuery's `$.ajax`, awaited: it rejects with its `jqXHR`. */
const withJQuery: Load = async (url) => await $.ajax({ url, timeout: 2_000 });

/** An invoice loaded with the request the story names; what it rejects with goes to `ApiErrorView` as it is. */
function Invoice({ load }: { load: Load }) {
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<{ invoice?: { number: string }; error?: unknown }>({});
  useEffect(() => {
    let live = true;
    load(INVOICE_URL).then(
      (invoice) => live && setState({ invoice }),
      (error: unknown) => live && setState({ error }),
    );
    return () => {
      live = false;
    };
  }, [load, attempt]);
  const retry = () => {
    setState({});
    setAttempt((count) => count + 1);
  };
  if (state.error) return <ApiErrorView error={state.error} onRetry={retry} />;
  return state.invoice ? <h2>Invoice {state.invoice.number}</h2> : <p>Loading…</p>;
}

const meta = {
  title: 'Integrations/XMLHttpRequest and jQuery',
  component: Invoice,
  args: { load: withXMLHttpRequest },
  loaders: [clockLoader],
  decorators: [withManualClock],
  parameters: {
    docs: {
      description: {
        component:
          'What an `XMLHttpRequest` rejects with (the request, or the `ProgressEvent` of a failure without a response) and what `await $.ajax(…)` throws (jQuery’s `jqXHR`), passed to `ApiErrorView` as they are: the headers are read from `getAllResponseHeaders()`, the body from the response text. The answers are the client tests’ scenarios (`test/clients/scenarios.ts`), each copied from public material.',
      },
    },
  },
} satisfies Meta<typeof Invoice>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Rack::Attack's 429 with `Retry-After: 60`, read from the request's header text: a countdown, then Try again. */
export const RateLimitedThenRetry: Story = { ...rateLimitedThenRetry };

/** Laravel's 422 through jQuery: its `responseJSON` gives the summary and a link to each field. */
export const ValidationWithJQuery: Story = {
  args: { load: withJQuery },
  beforeEach({ msw }) {
    msw.use(http.get(INVOICE_URL, () => answer('validation-422')));
  },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('heading', { name: 'There is a problem' })).toBeVisible();
    await expect(canvas.getByRole('link', { name: 'The email field is required.' })).toHaveAttribute('href', '#email');
  },
};

/** A server that never answers: the request's own `timeout` fires its `timeout` event, read as a timeout. */
export const TimedOut: Story = {
  beforeEach({ msw }) {
    msw.use(
      http.get(INVOICE_URL, async () => {
        await delay('infinite');
        return HttpResponse.json({ number: 'never' });
      }),
    );
  },
  play: async ({ canvas }) => {
    await expect(
      await canvas.findByRole('region', { name: 'The request took too long' }, { timeout: 5_000 }),
    ).toBeVisible();
  },
};

/** The same through jQuery, whose `timeout` option says so in the `jqXHR`'s `statusText`. */
export const TimedOutWithJQuery: Story = {
  ...TimedOut,
  args: { load: withJQuery },
};
