import * as React from 'react';
import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiErrorView, PermissionNotice } from 'api-error-kit/react';
import { renderWithKit, seed } from './helpers';

beforeEach(() => window.history.replaceState(null, '', '/orders/42?tab=items'));
afterEach(() => window.history.replaceState(null, '', '/'));

describe('PermissionNotice: 401', () => {
  it('asks the person to sign in and offers a Sign in button that calls onSignIn', async () => {
    const user = userEvent.setup();
    const onSignIn = vi.fn();
    render(<PermissionNotice error={seed('401 missing token')} onSignIn={onSignIn} />);
    const notice = screen.getByRole('region', { name: 'Sign in to continue' });
    expect(notice).toHaveTextContent('The request was missing a valid API key or access token');
    await user.click(within(notice).getByRole('button', { name: 'Sign in' }));
    expect(onSignIn).toHaveBeenCalledTimes(1);
  });

  it('makes Sign in a link that carries the URL to come back to', () => {
    render(
      <PermissionNotice
        error={seed('401 invalid API key')}
        signInHref={(returnTo) => `/login?returnTo=${encodeURIComponent(returnTo)}`}
      />,
    );
    expect(screen.getByRole('link', { name: 'Sign in' })).toHaveAttribute(
      'href',
      `/login?returnTo=${encodeURIComponent('http://localhost:3000/orders/42?tab=items')}`,
    );
    expect(screen.queryByRole('button', { name: 'Sign in' })).toBeNull();
  });

  it('has the URL to come back to on its first render, before any effect runs', () => {
    const hrefs: Array<string | null | undefined> = [];
    // A layout effect runs as the first render is committed, before passive effects: what a person could click then.
    function FirstCommit() {
      React.useLayoutEffect(() => void hrefs.push(document.querySelector('a')?.getAttribute('href')), []);
      return null;
    }
    render(
      <>
        <PermissionNotice
          error={seed('401 invalid API key')}
          signInHref={(returnTo) => `/login?returnTo=${encodeURIComponent(returnTo)}`}
        />
        <FirstCommit />
      </>,
    );
    expect(hrefs).toEqual([`/login?returnTo=${encodeURIComponent('http://localhost:3000/orders/42?tab=items')}`]);
  });

  it('returns to where the person is when they follow the link, after a client-side navigation', () => {
    render(
      <PermissionNotice
        error={seed('401 invalid API key')}
        signInHref={(returnTo) => `/login?returnTo=${encodeURIComponent(returnTo)}`}
      />,
    );
    // A single-page app moved on without re-rendering the notice.
    window.history.pushState(null, '', '/orders/43');
    const stay = (event: Event) => event.preventDefault();
    document.addEventListener('click', stay);
    try {
      fireEvent.click(screen.getByRole('link', { name: 'Sign in' }));
    } finally {
      document.removeEventListener('click', stay);
    }
    expect(screen.getByRole('link', { name: 'Sign in' })).toHaveAttribute(
      'href',
      `/login?returnTo=${encodeURIComponent('http://localhost:3000/orders/43')}`,
    );
  });

  it('takes a plain sign-in URL and the provider’s settings', async () => {
    const { unmount } = render(
      <PermissionNotice error={seed('401 Unauthorized')} signInHref="https://id.example.com/login" />,
    );
    expect(screen.getByRole('link', { name: 'Sign in' })).toHaveAttribute('href', 'https://id.example.com/login');
    unmount();

    const onSignIn = vi.fn();
    renderWithKit(<PermissionNotice error={seed('token: invalid_client')} />, { onSignIn });
    await userEvent.setup().click(screen.getByRole('button', { name: 'Sign in' }));
    expect(onSignIn).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['javascript:alert(document.cookie)'],
    ['  JavaScript:alert(1)'],
    ['data:text/html,<script>alert(1)</script>'],
    ['vbscript:msgbox(1)'],
  ])('never turns %j into a link', (href) => {
    const { unmount } = render(<PermissionNotice error={seed('401 missing token')} signInHref={href} />);
    expect(screen.queryByRole('link')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Sign in' })).toBeNull();
    unmount();
    render(<PermissionNotice error={seed('401 missing token')} signInHref={() => href} />);
    expect(screen.queryByRole('link')).toBeNull();
  });

  it('ignores the 403 actions and account on a 401', () => {
    render(
      <PermissionNotice
        error={seed('401 missing token')}
        onRequestAccess={vi.fn()}
        onSwitchAccount={vi.fn()}
        account="ada@example.com"
      />,
    );
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.queryByText(/signed in as/)).toBeNull();
  });
});

describe('PermissionNotice: 403', () => {
  it('says the person does not have access, with no actions unless handlers are given', () => {
    render(<PermissionNotice error={seed('403 no permission')} onSignIn={vi.fn()} />);
    const notice = screen.getByRole('region', { name: 'You do not have access' });
    expect(notice).toHaveTextContent('You do not have permission to perform this action.');
    // Signing in again would not help: no Sign in on a 403.
    expect(within(notice).queryByRole('button')).toBeNull();
    expect(within(notice).queryByRole('link')).toBeNull();
  });

  it('offers Request access and Switch account, each calling its handler once', async () => {
    const user = userEvent.setup();
    const onRequestAccess = vi.fn();
    const onSwitchAccount = vi.fn();
    render(
      <PermissionNotice
        error={seed('403 AccessDenied')}
        onRequestAccess={onRequestAccess}
        onSwitchAccount={onSwitchAccount}
      />,
    );
    expect(screen.getAllByRole('button').map((button) => button.textContent)).toEqual([
      'Copy',
      'Request access',
      'Switch account',
    ]);
    await user.click(screen.getByRole('button', { name: 'Request access' }));
    expect(onRequestAccess).toHaveBeenCalledTimes(1);
    expect(onSwitchAccount).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Switch account' }));
    expect(onSwitchAccount).toHaveBeenCalledTimes(1);
  });

  it('shows the support ID when the server gave one, as every error surface does', () => {
    render(<PermissionNotice error={seed('403 AccessDenied')} />);
    const notice = screen.getByRole('region', { name: 'You do not have access' });
    expect(within(notice).getByText('d1b8f1a2-3c4d-4e5f-8a9b-0c1d2e3f4a5b')).toBeVisible();
    expect(within(notice).getByRole('button', { name: 'Copy support ID' })).toBeVisible();
  });

  it('offers only the action it has a handler for', () => {
    render(<PermissionNotice error={seed('403 no permission')} onSwitchAccount={vi.fn()} />);
    expect(screen.getAllByRole('button').map((button) => button.textContent)).toEqual(['Switch account']);
  });

  it('says which account the person is signed in as', () => {
    render(<PermissionNotice error={seed('403 no permission')} account="ada@example.com" />);
    expect(screen.getByRole('region', { name: 'You do not have access' })).toHaveTextContent(
      'You are signed in as ada@example.com.',
    );
  });
});

describe('never retries', () => {
  it.each(['401 missing token', '403 AccessDenied'])(
    'offers no Try again for %s, even through ApiErrorView with onRetry',
    (name) => {
      const onRetry = vi.fn();
      render(<ApiErrorView error={seed(name)} onRetry={onRetry} onSignIn={vi.fn()} onRequestAccess={vi.fn()} />);
      expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
      expect(onRetry).not.toHaveBeenCalled();
    },
  );
});
