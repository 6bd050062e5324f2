import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ErrorFallback, ServerErrorNotice } from 'api-error-kit/react';
import { announcements, renderWithKit, resetAnnouncer, response, seed } from './helpers';

const LOG_ID = '63cb1df0-b82a-459e-accc-635e187f3b8b';

beforeEach(resetAnnouncer);
afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
  delete (document as { execCommand?: unknown }).execCommand;
});

/** user-event installs its own clipboard on setup, so the stub goes on after it. */
function setupClipboard(writeText: () => Promise<void>) {
  const user = userEvent.setup();
  const spy = vi.spyOn(navigator.clipboard, 'writeText').mockImplementation(writeText);
  return { user, writeText: spy };
}

const copyButton = () => screen.getByRole('button', { name: 'Copy support ID' });

describe('ServerErrorNotice', () => {
  it('says there is a problem with the service, without the status number', () => {
    render(<ServerErrorNotice error={seed('500 ServerError (valid JSON)')} />);
    const notice = screen.getByRole('region', { name: 'Sorry, there is a problem with the service' });
    expect(notice).toHaveTextContent('An error occurred requesting the entry');
    expect(notice.textContent).not.toMatch(/500/);
    expect(notice).toHaveAttribute('data-status', '500');
  });

  it('says the service is unavailable for 502-504', () => {
    render(<ServerErrorNotice error={seed('503 maintenance')} />);
    expect(screen.getByRole('region', { name: 'Sorry, the service is unavailable' })).toHaveTextContent(
      'Server is currently unavailable or down for maintenance.',
    );
  });

  it('uses the catalog sentence when the server had nothing specific', () => {
    render(<ServerErrorNotice error={response(500)} />);
    expect(screen.getByRole('region', { name: 'Sorry, there is a problem with the service' })).toHaveTextContent(
      /^Sorry, there is a problem with the serviceTry again later\.$/,
    );
  });

  it('offers Try again only with onRetry', async () => {
    const onRetry = vi.fn();
    const { rerender } = render(<ServerErrorNotice error={seed('token: server_error')} />);
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
    rerender(<ServerErrorNotice error={seed('token: server_error')} onRetry={onRetry} />);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Try again' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it('shows the support ID as selectable text with a Copy button named for what it copies', () => {
    render(<ServerErrorNotice error={seed('500 ServerError (valid JSON)')} />);
    const id = screen.getByText(LOG_ID);
    expect(id.tagName).toBe('CODE');
    expect(id.parentElement).toHaveTextContent(`Support ID: ${LOG_ID} Copy`);
    expect(copyButton()).toHaveTextContent('Copy');
    expect(copyButton()).toHaveAttribute('type', 'button');
  });

  it('copies the ID, says so through the live region and on screen, and keeps focus on the button', async () => {
    const { user, writeText } = setupClipboard(() => Promise.resolve());
    render(<ServerErrorNotice error={seed('500 ServerError (valid JSON)')} />);
    await user.click(copyButton());
    expect(writeText).toHaveBeenCalledWith(LOG_ID);
    expect(writeText).toHaveBeenCalledTimes(1);
    expect(announcements()).toContain('Support ID copied.');
    expect(copyButton()).toHaveFocus();
    const status = within(screen.getByRole('region')).getByText('Support ID copied');
    // Sighted people read it here; screen readers already heard it from the live region.
    expect(status).toHaveAttribute('aria-hidden', 'true');
    expect(status.closest('[data-slot=root]')).toHaveAttribute('data-state', 'copied');
  });

  it('says how to copy by hand when the clipboard refuses, and keeps focus on the button', async () => {
    const { user } = setupClipboard(() => Promise.reject(new DOMException('Denied', 'NotAllowedError')));
    Object.defineProperty(document, 'execCommand', { value: vi.fn(() => false), configurable: true });
    render(<ServerErrorNotice error={seed('500 ServerError (valid JSON)')} />);
    await user.click(copyButton());
    const failure = 'Could not copy. Select the support ID and copy it yourself.';
    expect(announcements()).toContain(failure);
    expect(announcements()).not.toContain('Support ID copied.');
    expect(within(screen.getByRole('region')).getByText(failure)).toHaveAttribute('aria-hidden', 'true');
    expect(copyButton()).toHaveFocus();
    // The ID is left selected, ready to copy by hand.
    expect(window.getSelection()?.toString()).toBe(LOG_ID);
  });

  it('falls back to copying the selected ID when the Clipboard API is refused', async () => {
    const { user } = setupClipboard(() => Promise.reject(new Error('Clipboard unavailable')));
    const execCommand = vi.fn(() => true);
    Object.defineProperty(document, 'execCommand', { value: execCommand, configurable: true });
    render(<ServerErrorNotice error={seed('500 ServerError (valid JSON)')} />);
    await user.click(copyButton());
    expect(execCommand).toHaveBeenCalledWith('copy');
    expect(announcements()).toContain('Support ID copied.');
  });

  it('clears the on-screen result after two seconds', async () => {
    vi.useFakeTimers();
    vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue();
    render(<ServerErrorNotice error={seed('500 ServerError (valid JSON)')} />);
    const notice = screen.getByRole('region');
    // user-event waits on real timers between steps, so the click is fired directly here.
    await act(async () => void fireEvent.click(copyButton()));
    expect(within(notice).getByText('Support ID copied')).toBeInTheDocument();
    act(() => vi.advanceTimersByTime(1999));
    expect(within(notice).getByText('Support ID copied')).toBeInTheDocument();
    act(() => vi.advanceTimersByTime(1));
    expect(within(notice).queryByText('Support ID copied')).toBeNull();
  });

  it('links to support only for http(s) URLs', () => {
    const { unmount } = render(
      <ServerErrorNotice
        error={seed('500 ServerError (valid JSON)')}
        supportHref={(id) => `https://help.example.com/ticket?ref=${id}`}
      />,
    );
    expect(screen.getByRole('link', { name: 'Contact support' })).toHaveAttribute(
      'href',
      `https://help.example.com/ticket?ref=${LOG_ID}`,
    );
    unmount();
    render(
      <ServerErrorNotice error={seed('500 ServerError (valid JSON)')} supportHref={() => 'javascript:alert(1)'} />,
    );
    expect(screen.queryByRole('link')).toBeNull();
  });

  it('takes the support link from the provider', () => {
    renderWithKit(<ServerErrorNotice error={seed('500 ServerError (valid JSON)')} />, {
      supportHref: (id) => `/support/${id}`,
    });
    expect(screen.getByRole('link', { name: 'Contact support' })).toHaveAttribute('href', `/support/${LOG_ID}`);
  });

  it('shows no support ID when there is none', () => {
    render(<ServerErrorNotice error={seed('500 with FullException')} />);
    expect(screen.queryByText(/Support ID/)).toBeNull();
    expect(screen.queryByRole('button', { name: 'Copy support ID' })).toBeNull();
  });

  it('announces itself once when it appears', () => {
    render(<ServerErrorNotice error={seed('500 ServerError (valid JSON)')} />);
    expect(announcements()).toEqual([
      'Sorry, there is a problem with the service. An error occurred requesting the entry.',
    ]);
  });
});

describe('developer details', () => {
  const FULL_EXCEPTION = /DivideByZeroException/;

  it('are never in the DOM by default', () => {
    const { container } = render(<ServerErrorNotice error={seed('500 with FullException')} />);
    expect(container.textContent).not.toMatch(FULL_EXCEPTION);
    expect(container.querySelector('details')).toBeNull();
    expect(screen.queryByText('Technical details')).toBeNull();
  });

  it('are in a closed disclosure with the debug prop', () => {
    render(<ServerErrorNotice error={seed('500 with FullException')} debug />);
    const details = screen.getByText('Technical details').closest('details')!;
    expect(details).not.toHaveAttribute('open');
    expect(within(details).getByText(FULL_EXCEPTION).tagName).toBe('PRE');
  });

  it('follow the provider’s debug, and the prop wins over it', () => {
    const { unmount } = renderWithKit(<ServerErrorNotice error={seed('500 with FullException')} />, { debug: true });
    expect(screen.getByText('Technical details').closest('details')).toHaveTextContent(FULL_EXCEPTION);
    unmount();
    const { container } = renderWithKit(<ServerErrorNotice error={seed('500 with FullException')} debug={false} />, {
      debug: true,
    });
    expect(container.textContent).not.toMatch(FULL_EXCEPTION);
  });

  it('are shown the same way by ErrorFallback, and only in debug', () => {
    const error = new Error('Cannot read properties of undefined');
    const { container, rerender } = render(<ErrorFallback error={error} />);
    expect(container.textContent).not.toMatch(/Cannot read properties/);
    rerender(<ErrorFallback error={error} debug />);
    expect(screen.getByText('Technical details').closest('details')).toHaveTextContent(
      /Error: Cannot read properties of undefined/,
    );
  });
});
