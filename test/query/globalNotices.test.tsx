import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  MutationCache,
  QueryCache,
  QueryClient,
  QueryClientProvider,
  useMutation,
  useQuery,
} from '@tanstack/react-query';
import { toast, Toaster } from 'sonner';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { HttpError, onUnauthorized, toToast } from 'api-error-kit';
import type { ConformanceCase } from '../conformance/types';
import { conformanceCase, startCaseServer, type CaseServer } from '../react/caseServer';

// Real responses from the conformance corpus (each case names its source), served by a real server.
const notion401 = conformanceCase('notion/unauthorized-invalid-token');
const gemini503 = conformanceCase('gemini/model-overloaded-503');
const directus500 = conformanceCase('directus/internal-error-sql-text');

let server: CaseServer;
beforeAll(async () => {
  server = await startCaseServer([notion401, gemini503, directus500]);
});
afterAll(() => server.close());

const requests = vi.fn();
/** An app's fetch wrapper: a real request, and `HttpError` on a failure status. */
async function get(c: ConformanceCase): Promise<string> {
  requests(c.id);
  const response = await server.respond(c);
  if (!response.ok) throw await HttpError.fromResponse(response);
  return response.text();
}

/** The README's recipe, as an app writes it: one sign-in redirect per page, one toast per failure. */
function createClient(signIn: () => void) {
  const signInOnce = onUnauthorized(signIn);
  const notify = (error: unknown, meta: Record<string, unknown> | undefined) => {
    if (meta?.toast === false || signInOnce(error)) return;
    const t = toToast(error, {
      onRetry: () => void client.refetchQueries({ predicate: (query) => query.state.status === 'error' }),
    });
    toast.error(t.title, t);
  };
  const client = new QueryClient({
    queryCache: new QueryCache({ onError: (error, query) => notify(error, query.meta) }),
    mutationCache: new MutationCache({
      onError: (error, _variables, _result, mutation) => notify(error, mutation.meta),
    }),
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  });
  return { client, signInOnce };
}

function Item({ id, c, meta }: { id: number; c: ConformanceCase; meta?: Record<string, unknown> }) {
  const query = useQuery({ queryKey: ['item', c.id, id], queryFn: () => get(c), meta });
  return <li>{query.isError ? `item ${id} failed` : `item ${id} loading`}</li>;
}

/** Sonner shows toasts a task later; one published after the others shows that they have all been handled. */
async function settleToasts() {
  act(() => void toast('All handled'));
  await screen.findByText('All handled');
  return Array.from(document.querySelectorAll('[data-sonner-toast]')).filter(
    (item) => item.textContent !== 'All handled',
  );
}

describe('QueryCache and MutationCache onError with the kit (real TanStack Query, real sonner)', () => {
  it('sends the person to sign in once when twenty queries fail with 401 at the same moment, and again after reset', async () => {
    const signIn = vi.fn();
    const { client, signInOnce } = createClient(signIn);
    function Save() {
      const save = useMutation({ mutationFn: () => get(notion401) });
      return <button onClick={() => save.mutate()}>Save</button>;
    }
    render(
      <QueryClientProvider client={client}>
        <Toaster />
        <ul>
          {Array.from({ length: 20 }, (_, id) => (
            <Item key={id} id={id} c={notion401} />
          ))}
        </ul>
        <Save />
      </QueryClientProvider>,
    );
    // Real requests to a real server: on a machine busy with other work they take longer than waitFor's second.
    await waitFor(() => expect(screen.getAllByText(/failed$/)).toHaveLength(20), { timeout: 5000 });
    expect(signIn).toHaveBeenCalledTimes(1);
    expect(await settleToasts()).toHaveLength(0);

    // Signed in again; the session ends once more.
    signInOnce.reset();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(signIn).toHaveBeenCalledTimes(2));
    client.clear();
  });

  it('shows one toast for queries failing the same way, none for a query that opted out, and retries from it', async () => {
    const user = userEvent.setup();
    const { client } = createClient(() => {});
    render(
      <QueryClientProvider client={client}>
        <Toaster />
        <ul>
          <Item id={1} c={gemini503} />
          <Item id={2} c={gemini503} />
          <Item id={3} c={directus500} meta={{ toast: false }} />
        </ul>
      </QueryClientProvider>,
    );
    // Real requests to a real server: on a machine busy with other work they take longer than waitFor's second.
    await waitFor(() => expect(screen.getAllByText(/failed$/)).toHaveLength(3), { timeout: 5000 });
    const toasts = await settleToasts();
    expect(toasts).toHaveLength(1);
    expect(toasts[0]).toHaveTextContent('Sorry, the service is unavailable');
    expect(toasts[0]).toHaveTextContent('The model is overloaded. Please try again later.');

    requests.mockClear();
    await user.click(within(toasts[0] as HTMLElement).getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(requests).toHaveBeenCalledTimes(3));
    // Sonner closes a toast whose action ran (and removes it on a timer, which must not outlive the page).
    await waitFor(() => expect(toasts[0]).not.toBeInTheDocument());
    client.clear();
  });
});
