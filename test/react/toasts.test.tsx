import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { toast as hotToast, Toaster as HotToaster } from 'react-hot-toast';
import { toast, Toaster } from 'sonner';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { HttpError, toToast } from 'api-error-kit';
import type { ConformanceCase } from '../conformance/types';
import { conformanceCase, startCaseServer, type CaseServer } from './caseServer';

// Real responses from the conformance corpus (each case names its source), served by a real server.
const gemini503 = conformanceCase('gemini/model-overloaded-503');
const openai503 = conformanceCase('openai/model-overloaded-503');
const directus500 = conformanceCase('directus/internal-error-sql-text');
const notion401 = conformanceCase('notion/unauthorized-invalid-token');

let server: CaseServer;
beforeAll(async () => {
  server = await startCaseServer([gemini503, openai503, directus500, notion401]);
});
afterAll(() => server.close());
const failure = async (c: ConformanceCase) => HttpError.fromResponse(await server.respond(c));

/** The toasts sonner shows, by their list items. */
const sonnerToasts = () => Array.from(document.querySelectorAll('[data-sonner-toast]'));

describe('sonner', () => {
  it('shows one toast for two identical failures, and another for a different one', async () => {
    render(<Toaster />);
    const [first, second, other] = await Promise.all([failure(gemini503), failure(gemini503), failure(directus500)]);
    act(() => {
      for (const error of [first, second, other]) {
        const t = toToast(error);
        toast.error(t.title, t);
      }
    });
    // The different failure was published last: once it shows, both earlier ones have been handled.
    await screen.findByText(toToast(other).title);
    expect(sonnerToasts()).toHaveLength(2);
    expect(screen.getAllByText('The model is overloaded. Please try again later.')).toHaveLength(1);
  });

  it('offers the action, which runs the app’s handler and closes the toast', async () => {
    const user = userEvent.setup();
    const onSignIn = vi.fn();
    render(<Toaster />);
    const t = toToast(await failure(notion401), { onSignIn });
    act(() => void toast.error(t.title, t));
    const item = (await screen.findByText('API token is invalid.')).closest('[data-sonner-toast]') as HTMLElement;
    await user.click(within(item).getByRole('button', { name: 'Sign in' }));
    expect(onSignIn).toHaveBeenCalledTimes(1);
    // Sonner closes a toast whose action ran (and removes it on a timer, which must not outlive the page).
    await waitFor(() => expect(item).not.toBeInTheDocument());
  });
});

describe('react-hot-toast', () => {
  it('shows one toast for two identical failures', async () => {
    render(<HotToaster />);
    const [first, second, other] = await Promise.all([failure(openai503), failure(openai503), failure(notion401)]);
    act(() => {
      for (const error of [first, second, other]) {
        const t = toToast(error);
        hotToast.error(`${t.title}. ${t.description}`, { id: t.id });
      }
    });
    await screen.findByText(/API token is invalid/);
    const overloaded = toToast(first);
    expect(screen.getAllByText(`${overloaded.title}. ${overloaded.description}`)).toHaveLength(1);
    expect(screen.getAllByRole('status')).toHaveLength(2);
  });
});
