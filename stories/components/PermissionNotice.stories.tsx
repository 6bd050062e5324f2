import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, waitFor } from 'storybook/test';
import { PermissionNotice } from 'api-error-kit/react';
import { errorArgType, samples } from '../support/samples';

const meta = {
  title: 'Components/PermissionNotice',
  component: PermissionNotice,
  args: { error: samples['401 Sign in (Octopus)'], onSignIn: fn() },
  argTypes: { error: errorArgType },
  parameters: {
    docs: {
      description: {
        component:
          '401 and 403 told apart: sign in, or you do not have access (with request-access and switch-account actions). It never retries: the same credentials fail the same way.',
      },
    },
  },
} satisfies Meta<typeof PermissionNotice>;
export default meta;
type Story = StoryObj<typeof meta>;

export const SignIn: Story = {
  play: async ({ canvas, args, userEvent }) => {
    await expect(canvas.getByRole('region', { name: 'Sign in to continue' })).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Sign in' }));
    await expect(args.onSignIn).toHaveBeenCalledOnce();
    await expect(canvas.queryByRole('button', { name: 'Try again' })).toBeNull();
  },
};

/**
 * No sign-in set up anywhere: never a dead end, the notice offers Try again (and warns the developer in the console).
 */
export const NoSignInSetUp: Story = {
  args: { onSignIn: undefined, onRetry: fn() },
  play: async ({ canvas, args, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Try again' }));
    await expect(args.onRetry).toHaveBeenCalledOnce();
  },
};

/** A sign-in link that brings the person back where they were. */
export const SignInLinkWithReturnUrl: Story = {
  args: { onSignIn: undefined, signInHref: (returnTo: string) => `/login?returnTo=${encodeURIComponent(returnTo)}` },
  play: async ({ canvas }) => {
    const link = await canvas.findByRole('link', { name: 'Sign in' });
    await waitFor(() =>
      expect(link).toHaveAttribute('href', `/login?returnTo=${encodeURIComponent(window.location.href)}`),
    );
  },
};

export const NoAccess: Story = {
  args: {
    error: samples['403 No access (Contensis)'],
    onRequestAccess: fn(),
    onSwitchAccount: fn(),
    account: 'ada@example.com',
  },
  play: async ({ canvas, args, userEvent }) => {
    await expect(canvas.getByText('You are signed in as ada@example.com.')).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Request access' }));
    await expect(args.onRequestAccess).toHaveBeenCalledOnce();
    await userEvent.click(canvas.getByRole('button', { name: 'Switch account' }));
    await expect(args.onSwitchAccount).toHaveBeenCalledOnce();
    await expect(canvas.queryByRole('button', { name: 'Sign in' })).toBeNull();
  },
};

export const Dismissible: Story = {
  args: { error: samples['403 No access (Contensis)'], onDismiss: fn() },
  play: async ({ canvas, args, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Dismiss' }));
    await expect(args.onDismiss).toHaveBeenCalledOnce();
    // The notice never removes itself: the app decides.
    await expect(canvas.getByRole('region', { name: 'You do not have access' })).toBeVisible();
  },
};

export const DarkTheme: Story = {
  args: { error: samples['403 No access (Contensis)'], onRequestAccess: fn() },
  globals: { theme: 'dark' },
};

export const French: Story = {
  globals: { locale: 'fr' },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('button', { name: 'Se connecter' })).toBeVisible();
  },
};
