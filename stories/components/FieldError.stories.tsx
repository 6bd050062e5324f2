import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor } from 'storybook/test';
import { FieldError, useFieldError } from 'api-error-kit/react';
import { errorArgType, samples } from '../support/samples';

const meta = {
  title: 'Components/FieldError',
  component: FieldError,
  args: { error: samples['Validation (422 problem+json)'], name: 'email' },
  argTypes: { error: errorArgType },
  render: (args) => (
    <div className="demo-form">
      <label htmlFor="email">Email address</label>
      <FieldError {...args} />
      <input id="email" name="email" />
    </div>
  ),
  parameters: {
    docs: {
      description: {
        component:
          'The inline message for one field. Renders nothing when the field has no error; otherwise gives the control `aria-invalid` and adds its id to `aria-describedby`, and takes both away when the error goes. `useFieldError` does the same wiring headlessly.',
      },
    },
  },
} satisfies Meta<typeof FieldError>;
export default meta;
type Story = StoryObj<typeof meta>;

export const WiredToItsControl: Story = {
  play: async ({ canvas }) => {
    const input = canvas.getByRole('textbox', { name: 'Email address' });
    // The control is wired in an effect, after the message renders: wait for it rather than race it.
    await waitFor(() => expect(input).toHaveAttribute('aria-invalid', 'true'));
    await waitFor(() =>
      expect(input).toHaveAccessibleDescription(
        'Error: Enter an email address in the correct format, like name@example.com',
      ),
    );
  },
};

export const NoErrorForThisField: Story = {
  args: { name: 'postcode' },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('textbox', { name: 'Email address' })).not.toHaveAttribute('aria-invalid');
    await expect(canvas.queryByText(/Error:/)).toBeNull();
  },
};

function HeadlessField({ error }: { error: unknown }) {
  const field = useFieldError(error, 'email', { describedBy: 'headless-hint' });
  return (
    <div className="demo-form">
      <label htmlFor={field.controlId}>Email address</label>
      <p id="headless-hint">Your work address.</p>
      {field.message && (
        <p {...field.errorProps} className="aek-field-error">
          {field.message}
        </p>
      )}
      <input id={field.controlId} {...field.controlProps} />
    </div>
  );
}

/** `useFieldError` returns the message and the props to spread, for fully custom markup. */
export const Headless: Story = {
  render: (args) => <HeadlessField error={args.error} />,
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('textbox', { name: 'Email address' })).toHaveAttribute(
      'aria-describedby',
      'headless-hint email-error',
    );
  },
};
