import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { seedFixtures } from '../../test/fixtures/seeds';
import { FormatGallery } from '../support/FormatGallery';

const meta = {
  title: 'Formats/Seed documents',
  component: FormatGallery,
  parameters: {
    docs: {
      description: {
        component:
          'Every example body of the five seed API documents, exactly as written there, normalized. The Contensis example is invalid JSON as printed in its documentation; its message and support ID are still read.',
      },
    },
  },
} satisfies Meta<typeof FormatGallery>;
export default meta;
type Story = StoryObj<typeof meta>;

const seed = (prefix: string) => seedFixtures.filter((fixture) => fixture.source.startsWith(prefix));

export const Octopus: Story = {
  name: '000 Octopus: ErrorMessage, Errors[], FullException',
  args: { fixtures: seed('seed 000'), source: seed('seed 000')[0]!.source },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('region', { name: 'Sign in to continue' })).toBeVisible();
    await expect(canvas.getByText('The email address field is required')).toBeVisible();
    // The stack trace is in the model for developers, never in what people see.
    const seen = canvas.getAllByRole('region', { name: /what people see/ });
    for (const region of seen) await expect(region).not.toHaveTextContent('DivideByZero');
  },
};

export const StatusTable: Story = {
  name: '001 Status table: Message or Description, 429 Retry-After',
  args: { fixtures: seed('seed 001'), source: seed('seed 001')[0]!.source },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('region', { name: 'Too many requests' })).toHaveTextContent(
      /You can try again in 0:(30|29|28)/,
    );
  },
};

export const MessageDescriptionAndOAuth: Story = {
  name: '002 message/description and OAuth2',
  args: { fixtures: seed('seed 002'), source: seed('seed 002')[0]!.source },
  play: async ({ canvas }) => {
    await expect(canvas.getByText('The requested resource was not found')).toBeVisible();
    await expect(canvas.getByText('The client id or client secret is invalid')).toBeVisible();
  },
};

export const MetaEnvelope: Story = {
  name: '003 meta.error envelope',
  args: { fixtures: seed('seed 003'), source: seed('seed 003')[0]!.source },
  play: async ({ canvas }) => {
    await expect(canvas.getByText('Invalid password')).toBeVisible();
    await expect(canvas.getByRole('region', { name: 'This could not be saved' })).toBeVisible();
  },
};

export const Contensis: Story = {
  name: '004 Contensis: logId, message, data',
  args: { fixtures: seed('seed 004'), source: seed('seed 004')[0]!.source },
  play: async ({ canvas }) => {
    await expect(canvas.getAllByText('63cb1df0-b82a-459e-accc-635e187f3b8b')).toHaveLength(2);
  },
};
