import type { Meta, StoryObj } from '@storybook/react-vite';
import { useQuery } from '@tanstack/react-query';
import { http, HttpResponse } from 'msw';
import { expect, waitFor } from 'storybook/test';
import { ApiErrorView } from 'api-error-kit/react';
import { politeLog } from '../support/clock';

/** An app that throws the failed `Response` as it is, body unread. */
function Credit() {
  const query = useQuery({
    queryKey: ['credit'],
    queryFn: async () => {
      const res = await fetch('/api/account/credit');
      if (!res.ok) throw res;
      return (await res.json()) as { balance: number };
    },
  });
  if (query.isPending) return <p>Loading…</p>;
  if (query.isError) return <ApiErrorView error={query.error} />;
  return <p>Balance: {query.data.balance}</p>;
}

const meta = {
  title: 'Integrations/A thrown Response',
  component: Credit,
  parameters: {
    docs: {
      description: {
        component:
          'A `queryFn` that throws the failed `Response` itself, with its body unread. The notice appears at once from the status and headers, then takes the server’s words when the body has been read (once, from a clone): the same notice, announced once.',
      },
    },
  },
} satisfies Meta<typeof Credit>;
export default meta;
type Story = StoryObj<typeof meta>;

// RFC 9457 §3's example (https://www.rfc-editor.org/rfc/rfc9457#section-3), as in test/conformance/cases/example.ts.
const outOfCredit = {
  type: 'https://example.com/probs/out-of-credit',
  title: 'You do not have enough credit.',
  detail: 'Your current balance is 30, but that costs 50.',
  instance: '/account/12345/msgs/abc',
  balance: 30,
  accounts: ['/account/12345', '/account/67890'],
};

// The body is held back until the play function lets it through: a slow network, made visible.
let sendBody = () => {};

/** 403 problem+json: "You do not have access" from the status at once, then the server's sentence. */
export const UpgradesWhenTheBodyArrives: Story = {
  beforeEach({ msw }) {
    msw.use(
      http.get('/api/account/credit', () => {
        const body = new ReadableStream<Uint8Array>({
          start(controller) {
            sendBody = () => {
              controller.enqueue(new TextEncoder().encode(JSON.stringify(outOfCredit)));
              controller.close();
            };
          },
        });
        return new HttpResponse(body, {
          status: 403,
          headers: { 'Content-Type': 'application/problem+json', 'Content-Language': 'en' },
        });
      }),
    );
  },
  play: async ({ canvas }) => {
    const notice = await canvas.findByRole('region', { name: 'You do not have access' });
    await expect(notice).toHaveTextContent('Your account does not have permission to do this.');
    await waitFor(() => expect(politeLog()?.children).toHaveLength(1));
    sendBody();
    await expect(await canvas.findByText('Your current balance is 30, but that costs 50.')).toBeVisible();
    // The same notice, not a second one, and nothing said again.
    await expect(canvas.getByRole('region', { name: 'You do not have access' })).toBe(notice);
    await expect(politeLog()?.children).toHaveLength(1);
  },
};
