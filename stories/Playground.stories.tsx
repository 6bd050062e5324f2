import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { formatFixtures } from '../test/fixtures/formats';
import { seedFixtures } from '../test/fixtures/seeds';
import { Playground } from './support/Playground';

const meta = {
  title: 'Playground',
  component: Playground,
  args: {
    status: '422',
    headers: 'Content-Type: application/problem+json\nX-Request-Id: 4bf92f35-77b3-4da6-a3ce-929d0e0e4736',
    body: JSON.stringify(
      {
        type: 'https://example.net/validation-error',
        title: 'Your request is not valid.',
        status: 422,
        errors: [
          { detail: 'must be a positive integer', pointer: '#/age' },
          { detail: "must be 'green', 'red' or 'blue'", pointer: '#/profile/color' },
        ],
      },
      null,
      2,
    ),
    presets: [...seedFixtures, ...formatFixtures],
  },
  argTypes: { presets: { control: false } },
  parameters: {
    docs: {
      description: {
        component:
          'Paste a status, headers (one per line) and a body, or start from a real response, and see the `ApiError` and the notice update as you type.',
      },
    },
  },
} satisfies Meta<typeof Playground>;
export default meta;
type Story = StoryObj<typeof meta>;

/** RFC 9457 problem details with field pointers. */
export const NormalizerPlayground: Story = {
  name: 'Normalizer playground',
  play: async ({ canvas }) => {
    const model = canvas.getByTestId('model');
    await expect(model).toHaveTextContent('"kind": "validation"');
    await expect(model).toHaveTextContent('"field": "profile.color"');
    await expect(canvas.getByRole('link', { name: 'Must be a positive integer' })).toHaveAttribute('href', '#age');
    await expect(model).toHaveTextContent('"logId": "4bf92f35-77b3-4da6-a3ce-929d0e0e4736"');
  },
};

/** Editing the response updates the model and the notice as you type. */
export const EditingTheResponse: Story = {
  play: async ({ canvas }) => {
    await userEvent.clear(canvas.getByLabelText('Status'));
    await userEvent.type(canvas.getByLabelText('Status'), '429');
    await userEvent.clear(canvas.getByLabelText('Headers, one per line'));
    await userEvent.type(canvas.getByLabelText('Headers, one per line'), 'Retry-After: 120');
    await userEvent.clear(canvas.getByLabelText('Body'));
    await userEvent.type(canvas.getByLabelText('Body'), 'Slow down, please');
    const model = canvas.getByTestId('model');
    await expect(model).toHaveTextContent('"kind": "rate-limited"');
    await expect(model).toHaveTextContent('"retryAt":');
    const seen = within(canvas.getByRole('region', { name: 'What people see' }));
    await expect(seen.getByRole('timer')).toHaveTextContent(/You can try again in 2:00|1:59/);
  },
};

/** Picking a preset fills the form with a real response. */
export const FromAPreset: Story = {
  play: async ({ canvas }) => {
    await userEvent.selectOptions(
      canvas.getByLabelText('Start from a real response'),
      'contensis: 500 ServerError (valid JSON)',
    );
    await expect(canvas.getByTestId('model')).toHaveTextContent('"format": "contensis"');
    await expect(canvas.getByText('63cb1df0-b82a-459e-accc-635e187f3b8b')).toBeVisible();
  },
};
