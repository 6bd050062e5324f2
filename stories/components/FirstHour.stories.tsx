import * as React from 'react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor } from 'storybook/test';
import { ApiErrorProvider, ApiErrorView, ServerErrorNotice } from 'api-error-kit/react';

// A Spring Boot 500 whose message is a Java exception (Spring's BasicErrorController shape).
const springNullPointer = {
  status: 500,
  headers: { 'x-request-id': '4bf92f35-77b3-4da6-a3ce-929d0e0e4736' },
  body: {
    timestamp: '2026-11-22T12:00:00.000+00:00',
    status: 500,
    error: 'Internal Server Error',
    message: 'Cannot invoke "com.example.shop.Item.getOwner()" because "item" is null',
    path: '/api/items/1',
  },
};
const archived = { status: 404, headers: {}, body: { message: 'User 42 was archived by an administrator.' } };

const meta = {
  title: 'Guides/First hour',
  parameters: {
    docs: {
      description: {
        component:
          'What a newcomer meets first: server text that is not for people, changing one string of the catalog, preferring the app’s own text, and where focus goes when a notice leaves.',
      },
    },
  },
} satisfies Meta;
export default meta;
type Story = StoryObj<typeof meta>;

/** A Java exception in a 500's message is never shown or announced: the kind's default is, with the support ID. */
export const ServerException: Story = {
  render: () => <ApiErrorView error={springNullPointer} onRetry={() => {}} />,
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('region', { name: 'Sorry, there is a problem with the service' })).toHaveTextContent(
      'Try again later.',
    );
    await expect(canvas.getByText('4bf92f35-77b3-4da6-a3ce-929d0e0e4736')).toBeVisible();
    await expect(document.body).not.toHaveTextContent(/getOwner|Cannot invoke/);
  },
};

/** One kind’s title changed; every other string stays the catalog’s. */
export const OneStringChanged: Story = {
  render: () => (
    <ApiErrorProvider messages={{ kinds: { forbidden: { title: 'No entry' } } }}>
      <ApiErrorView error={{ status: 403, headers: {}, body: null }} />
      <ApiErrorView error={{ status: 500, headers: {}, body: null }} onRetry={() => {}} />
    </ApiErrorProvider>
  ),
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('region', { name: 'No entry' })).toHaveTextContent(
      'Your account does not have permission to do this.',
    );
    await expect(canvas.getByRole('region', { name: 'Sorry, there is a problem with the service' })).toBeVisible();
  },
};

/** `serverText={false}`: the app’s own words instead of the server’s sentence. */
export const AppTextOverServerText: Story = {
  render: () => (
    <>
      <ApiErrorView error={archived} />
      <ApiErrorView error={archived} serverText={false} />
    </>
  ),
  play: async ({ canvas }) => {
    const [server, app] = canvas.getAllByRole('region', { name: 'Not found' });
    await expect(server).toHaveTextContent('User 42 was archived by an administrator.');
    await expect(app).toHaveTextContent('It may have been moved or deleted.');
  },
};

function Report() {
  const [failed, setFailed] = React.useState(true);
  return (
    <main aria-label="Report">
      {failed ? (
        <ServerErrorNotice error={{ status: 503, headers: {}, body: null }} onRetry={() => setFailed(false)} />
      ) : (
        <p>Quarterly report</p>
      )}
    </main>
  );
}

/** After Try again works, the notice leaves; focus moves to its container, not to the top of the page. */
export const FocusAfterTheNoticeLeaves: Story = {
  render: () => <Report />,
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Try again' }));
    await expect(await canvas.findByText('Quarterly report')).toBeVisible();
    await waitFor(() => expect(document.activeElement).toBe(canvas.getByRole('main', { name: 'Report' })));
  },
};
