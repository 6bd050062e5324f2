import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, waitFor } from 'storybook/test';
import { ServerErrorNotice } from 'api-error-kit/react';
import { politeLog } from '../support/clock';
import { errorArgType, samples } from '../support/samples';

const meta = {
  title: 'Components/ServerErrorNotice',
  component: ServerErrorNotice,
  args: { error: samples['500 with support ID (Contensis)'], onRetry: fn() },
  argTypes: { error: errorArgType },
  parameters: {
    docs: {
      description: {
        component:
          'A failure on the service’s side in plain words, with the support ID as selectable text and a Copy button. Developer details (stack traces, `FullException`) only with `debug`, inside a disclosure.',
      },
    },
  },
} satisfies Meta<typeof ServerErrorNotice>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Copying announces the result; focus stays on the button. */
export const CopySupportId: Story = {
  beforeEach: () => {
    const original = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
    const writes: string[] = [];
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: async (text: string) => void writes.push(text) },
    });
    (window as unknown as { copied: string[] }).copied = writes;
    return () =>
      original
        ? Object.defineProperty(navigator, 'clipboard', original)
        : delete (navigator as { clipboard?: unknown }).clipboard;
  },
  play: async ({ canvas, userEvent }) => {
    await expect(canvas.getByText('63cb1df0-b82a-459e-accc-635e187f3b8b')).toBeVisible();
    const copy = canvas.getByRole('button', { name: 'Copy support ID' });
    await userEvent.click(copy);
    await waitFor(() => expect(politeLog()).toHaveTextContent('Support ID copied'));
    await expect((window as unknown as { copied: string[] }).copied).toEqual(['63cb1df0-b82a-459e-accc-635e187f3b8b']);
    await expect(copy).toHaveFocus();
  },
};

export const CopyRefused: Story = {
  beforeEach: () => {
    const original = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
    const originalExec = document.execCommand;
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: () => Promise.reject(new Error('denied')) },
    });
    document.execCommand = () => false;
    return () => {
      document.execCommand = originalExec;
      if (original) Object.defineProperty(navigator, 'clipboard', original);
      else delete (navigator as { clipboard?: unknown }).clipboard;
    };
  },
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Copy support ID' }));
    await waitFor(() =>
      expect(politeLog()).toHaveTextContent('Could not copy. Select the support ID and copy it yourself.'),
    );
  },
};

export const WithSupportLink: Story = {
  args: { supportHref: (id: string) => `https://help.example.com/contact?ref=${id}` },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('link', { name: 'Contact support' })).toHaveAttribute(
      'href',
      'https://help.example.com/contact?ref=63cb1df0-b82a-459e-accc-635e187f3b8b',
    );
  },
};

export const UnsafeSupportLinkIsText: Story = {
  args: { supportHref: () => 'javascript:alert(1)' },
  play: async ({ canvas }) => {
    await expect(canvas.queryByRole('link')).toBeNull();
  },
};

export const DebugDetailsOff: Story = {
  args: { error: samples['500 with FullException (Octopus)'] },
  play: async ({ canvasElement }) => {
    await expect(canvasElement).not.toHaveTextContent('DivideByZeroException');
    await expect(canvasElement.querySelector('details')).toBeNull();
  },
};

export const DebugDetailsOn: Story = {
  args: { error: samples['500 with FullException (Octopus)'], debug: true },
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(canvas.getByText('Technical details'));
    await expect(canvas.getByText(/System.DivideByZeroException/)).toBeVisible();
    await expect(canvas.getByText('req-7f3c9a')).toBeVisible();
  },
};

export const Unavailable: Story = { args: { error: samples['503 Unavailable (HTML page)'] } };

export const LongMessage: Story = {
  args: {
    error: {
      status: 500,
      headers: { 'x-request-id': 'a3f9c2e1-7b4d-4f6e-9a8b-1c2d3e4f5a6b' },
      body: {
        message:
          'We could not finish creating your report because one of the data sources it depends on did not answer in time; nothing has been charged and your draft has been kept, so you can try again in a few minutes or contact us with the support ID below if it keeps happening.',
      },
    },
  },
};

export const RightToLeft: Story = {
  args: { error: { status: 500, headers: { 'x-request-id': 'req-42' }, body: { message: 'حدث خطأ أثناء حفظ الطلب' } } },
  render: (args) => (
    <div dir="rtl" lang="ar">
      <ServerErrorNotice {...args} />
    </div>
  ),
};

export const DarkTheme: Story = { globals: { theme: 'dark' } };
export const French: Story = { globals: { locale: 'fr' } };
