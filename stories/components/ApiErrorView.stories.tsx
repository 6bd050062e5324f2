import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn } from 'storybook/test';
import { ApiErrorView } from 'api-error-kit/react';
import { clockLoader, withManualClock } from '../support/clock';
import { errorArgType, samples } from '../support/samples';

const meta = {
  title: 'Components/ApiErrorView',
  component: ApiErrorView,
  args: { error: samples['500 with support ID (Contensis)'], onRetry: fn(), onSignIn: fn(), onRequestAccess: fn() },
  argTypes: { error: errorArgType },
  parameters: {
    docs: {
      description: {
        component:
          'The right notice for any failure, chosen by `kind`. Pick a sample error in the controls to see which notice renders. A request the app cancelled renders nothing.',
      },
    },
  },
} satisfies Meta<typeof ApiErrorView>;
export default meta;
type Story = StoryObj<typeof meta>;

export const ServerError: Story = {
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('region', { name: 'Sorry, there is a problem with the service' })).toBeVisible();
    await expect(canvas.getByText('63cb1df0-b82a-459e-accc-635e187f3b8b')).toBeVisible();
  },
};

export const Validation: Story = {
  args: { error: samples['Validation (422 problem+json)'] },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('heading', { name: 'There is a problem' })).toBeVisible();
    await expect(canvas.getByRole('link', { name: /Enter an email address/ })).toHaveAttribute('href', '#email');
  },
};

export const SignIn: Story = {
  args: { error: samples['401 Sign in (Octopus)'] },
  play: async ({ canvas, args, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Sign in' }));
    await expect(args.onSignIn).toHaveBeenCalledOnce();
  },
};

export const NoAccess: Story = {
  args: { error: samples['403 No access (Contensis)'] },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('region', { name: 'You do not have access' })).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Request access' })).toBeVisible();
    await expect(canvas.queryByRole('button', { name: 'Try again' })).toBeNull();
  },
};

/** On a manual clock: on a busy machine a real one can pass a second or two before the play function looks. */
export const RateLimited: Story = {
  args: { error: samples['429 Retry-After 42 s'] },
  loaders: [clockLoader],
  decorators: [withManualClock],
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('timer')).toHaveTextContent('You can try again in 0:42');
  },
};

export const NotFound: Story = {
  args: { error: samples['404 Not found'] },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('region', { name: 'Not found' })).toBeVisible();
  },
};

export const Offline: Story = {
  args: { error: samples['No response (offline)'] },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('region', { name: /Could not reach the service|You are offline/ })).toBeVisible();
  },
};

export const Unavailable: Story = {
  args: { error: samples['503 Unavailable (HTML page)'] },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('region', { name: 'Sorry, the service is unavailable' })).toBeVisible();
    await expect(canvas.queryByText(/nginx/)).toBeNull();
  },
};

export const Conflict: Story = { args: { error: samples['409 Conflict (AlreadyExists)'] } };
export const Timeout: Story = { args: { error: samples['Timeout (408)'] } };
export const BadRequest: Story = { args: { error: samples['Bad request (OAuth invalid_request)'] } };

export const ThrownError: Story = {
  args: { error: samples['Thrown Error (a bug)'] },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('region', { name: 'Something went wrong' })).toBeVisible();
    // A programming error's message is for developers only.
    await expect(canvas.queryByText(/Cannot read properties/)).toBeNull();
  },
};

export const Cancelled: Story = {
  args: { error: new DOMException('The user aborted a request.', 'AbortError') },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('section')).toBeNull();
  },
};
