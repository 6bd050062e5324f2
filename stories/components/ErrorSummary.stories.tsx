import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, waitFor } from 'storybook/test';
import { ErrorSummary } from 'api-error-kit/react';
import { DemoForm } from '../support/DemoForm';
import { errorArgType, samples } from '../support/samples';

const meta = {
  title: 'Components/ErrorSummary',
  component: ErrorSummary,
  render: (args) => <DemoForm {...args} />,
  args: { error: samples['Validation (422 problem+json)'] },
  argTypes: { error: errorArgType },
  parameters: {
    docs: {
      description: {
        component:
          'The validation summary, as GOV.UK specifies it: heading, every message, each field message a link to its control. It takes focus when a new error arrives; following a link scrolls the label into view and focuses the field.',
      },
    },
  },
} satisfies Meta<typeof ErrorSummary>;
export default meta;
type Story = StoryObj<typeof meta>;

export const WithFieldErrors: Story = {
  play: async ({ canvas, canvasElement, userEvent }) => {
    const summary = canvasElement.querySelector('.aek-summary')!;
    await waitFor(() => expect(summary).toHaveFocus());
    await userEvent.click(canvas.getByRole('link', { name: /Enter a date of birth in the past/ }));
    await expect(canvas.getByLabelText('Date of birth')).toHaveFocus();
    // Focusable only while focused, as GOV.UK's summary.
    await expect(summary).not.toHaveAttribute('tabindex');
    // FieldError wires its control in an effect: wait for it rather than race it.
    await waitFor(() => expect(canvas.getByLabelText('Email address')).toHaveAttribute('aria-invalid', 'true'));
    await waitFor(() =>
      expect(canvas.getByLabelText('Email address')).toHaveAttribute('aria-describedby', 'email-hint email-error'),
    );
  },
};

export const FormLevelMessages: Story = {
  args: { error: samples['Validation with a form-level message (meta.error)'] },
  play: async ({ canvas }) => {
    await expect(canvas.getByText('Invalid email')).toBeVisible();
    await expect(canvas.queryAllByRole('link')).toHaveLength(0);
  },
};

/**
 * ASP.NET names fields by their C# properties (`Email`, `DateOfBirth`) while the form calls them `email` and
 * `dateOfBirth`: the summary's links, `FieldError` and the form helpers resolve both to the same control, with
 * no `fieldIds`. `fieldLabels` keys may be written either way.
 */
export const WithFieldLabels: Story = {
  args: {
    error: {
      status: 400,
      headers: {},
      body: {
        title: 'Bad Request',
        status: 400,
        errors: { Email: ['Required'], DateOfBirth: ['Required'] },
        type: 'https://tools.ietf.org/html/rfc9110#section-15.5.1',
      },
    },
    fieldLabels: { email: 'Email address', DateOfBirth: 'Date of birth' },
  },
  play: async ({ canvas, userEvent }) => {
    await expect(canvas.getByRole('link', { name: 'Email address: Required' })).toHaveAttribute('href', '#email');
    await expect(canvas.getByRole('link', { name: 'Date of birth: Required' })).toHaveAttribute('href', '#dateOfBirth');
    // FieldError wires its control in an effect: wait for it rather than race it.
    await waitFor(() => expect(canvas.getByLabelText('Date of birth')).toHaveAttribute('aria-invalid', 'true'));
    await userEvent.click(canvas.getByRole('link', { name: 'Date of birth: Required' }));
    await expect(canvas.getByLabelText('Date of birth')).toHaveFocus();
  },
};

export const WithoutAutoFocus: Story = {
  args: { autoFocus: false },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('.aek-summary')).not.toHaveFocus();
  },
};

export const LongMessages: Story = {
  args: {
    error: {
      status: 422,
      headers: {},
      body: {
        message: 'The given data was invalid.',
        errors: {
          email: [
            'The email address must be a valid address that can receive mail; addresses at disposable mail providers, role accounts such as postmaster or abuse, and addresses whose domain has no MX record are all refused by the registration service, so please use your personal or work address instead of a throwaway one.',
          ],
        },
      },
    },
  },
};

export const RightToLeft: Story = {
  args: {
    error: {
      status: 422,
      headers: {},
      body: { message: 'البيانات غير صالحة', errors: { email: ['أدخل عنوان بريد إلكتروني صحيحًا'] } },
    },
    title: 'هناك مشكلة',
  },
  render: (args) => (
    <div dir="rtl" lang="ar">
      <DemoForm {...args} />
    </div>
  ),
};

export const DarkTheme: Story = { globals: { theme: 'dark' } };

export const French: Story = {
  globals: { locale: 'fr' },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('heading', { name: 'Il y a un problème' })).toBeVisible();
  },
};

/**
 * The props every notice shares: the app's own action after the list, and a dismiss button (the summary never removes
 * itself).
 */
export const WithActionsAndDismiss: Story = {
  args: { actions: <a href="#help">How to fill in this form</a>, onDismiss: fn() },
  play: async ({ canvas, args, userEvent }) => {
    await expect(
      canvas.getByRole('link', { name: 'How to fill in this form' }).closest('[data-slot="actions"]'),
    ).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Dismiss' }));
    await expect(args.onDismiss).toHaveBeenCalledOnce();
  },
};
